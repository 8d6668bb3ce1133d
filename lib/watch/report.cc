#include "watch/report.h"

#include <map>
#include <set>

#include "core/clock.h"
#include "db/in_list.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/event.h"

namespace watch {
namespace {

long long circle_of(db::Connection& db, const std::string& imei) {
  auto r = db.query("SELECT circle_id FROM watch_device WHERE imei = ?", imei);
  return r.empty() ? 0 : r.one().i64(0);
}

void event_for(db::Connection& db, const std::string& imei, const std::string& type,
               const nlohmann::json& detail) {
  if (long long circle = circle_of(db, imei)) record_event(db, circle, type, imei, 0, detail);
}

}  // namespace

void heartbeat(db::Connection& db, const std::string& imei, const Heartbeat& hb) {
  heartbeats(db, {{imei, hb}});
}

void heartbeats(db::Connection& db, const std::vector<Beat>& beats) {
  if (beats.empty()) return;
  std::string now = utc_sql(core::now());
  std::vector<std::string> imeis;
  std::set<std::string> seen;
  std::vector<db::Param> rows;
  for (const auto& b : beats) {
    if (seen.insert(b.imei).second) imeis.push_back(b.imei);
    const Heartbeat& hb = b.heartbeat;
    for (db::Param v : {db::Param(b.imei), db::Param(hb.vendor), db::Param(now),
                        hb.steps >= 0 ? db::Param(hb.steps) : db::Param(nullptr)})
      rows.push_back(std::move(v));
  }
  db::transact(db, [&](db::Transaction& tx) {
    // Rows of one watch apply in order: the last reported steps stay.
    db::each_rows(db, "INSERT INTO watch_device (imei, vendor, last_seen_at, steps) VALUES ", 4,
                  rows,
                  " ON DUPLICATE KEY UPDATE last_seen_at = VALUES(last_seen_at),"
                  " vendor = IF(VALUES(vendor) = '', vendor, VALUES(vendor)),"
                  " steps = COALESCE(VALUES(steps), steps)");
    // Locked, so the watches read offline are exactly the ones this transaction turns online:
    // one event per transition.
    std::vector<std::string> offline;
    std::map<std::string, std::pair<long long, bool>> state;  // circle, low battery
    for (const auto& row : db::each_in(db,
                                       "SELECT imei, online, COALESCE(circle_id, 0), low_battery"
                                       " FROM watch_device WHERE imei IN ",
                                       {}, db::params_of(imeis), " FOR UPDATE")
                               .rows) {
      if (!row.i64(1)) offline.push_back(row.str(0));
      state[row.str(0)] = {row.i64(2), row.i64(3) != 0};
    }
    db::each_in(db, "UPDATE watch_device SET online = 1 WHERE online = 0 AND imei IN ", {},
                db::params_of(offline));
    for (const auto& imei : offline)
      if (long long circle = state[imei].first)
        record_event(db, circle, "online", imei, 0, nlohmann::json::object());
    // The battery rule only where a level crosses a threshold; the last level stays.
    std::map<std::string, int> level;
    for (const auto& b : beats) {
      int percent = b.heartbeat.battery;
      if (percent < 0 || percent > 100) continue;
      level[b.imei] = percent;
      bool& low = state[b.imei].second;
      if (battery_crosses(percent, low)) {
        battery_level(db, b.imei, percent);
        low = percent < kBatteryLow;
      }
    }
    rows.clear();
    for (const auto& [imei, percent] : level)
      for (db::Param v : {db::Param(imei), db::Param(percent)}) rows.push_back(std::move(v));
    db::each_rows(db, "INSERT INTO watch_device (imei, battery) VALUES ", 2, rows,
                  " ON DUPLICATE KEY UPDATE battery = VALUES(battery)");
    tx.commit();
  });
}

void went_offline(db::Connection& db, const std::string& imei) {
  db::transact(db, [&](db::Transaction& tx) {
    if (db.query("UPDATE watch_device SET online = 0 WHERE imei = ? AND online = 1", imei).affected)
      event_for(db, imei, "offline", nlohmann::json::object());
    tx.commit();
  });
}

int sweep_silent(db::Connection& db, std::time_t now) {
  int n = 0;
  for (const auto& row : db.query("SELECT imei FROM watch_device WHERE online = 1 AND"
                                  " last_seen_at < ? - INTERVAL 2 * heartbeat_s SECOND",
                                  utc_sql(now))
                             .rows) {
    went_offline(db, row.str(0));
    ++n;
  }
  return n;
}

void battery_level(db::Connection& db, const std::string& imei, int percent) {
  if (percent < 0 || percent > 100) return;
  db.query("UPDATE watch_device SET battery = ? WHERE imei = ?", percent, imei);
  if (percent < kBatteryLow) {
    if (db.query("UPDATE watch_device SET low_battery = 1 WHERE imei = ? AND low_battery = 0", imei)
            .affected)
      event_for(db, imei, "low_battery", {{"battery", percent}});
  } else if (percent > kBatteryRearm) {
    db.query("UPDATE watch_device SET low_battery = 0 WHERE imei = ? AND low_battery = 1", imei);
  }
}

void alarm(db::Connection& db, const std::string& imei, const Alarm& a, long long position_id,
           int battery) {
  nlohmann::json detail = nlohmann::json::object();
  if (position_id) detail["position_id"] = position_id;
  db::transact(db, [&](db::Transaction& tx) {
    if (a.sos) event_for(db, imei, "sos", detail);
    if (a.strap_removed) event_for(db, imei, "strap_removed", detail);
    if (a.fall) event_for(db, imei, "fall", detail);
    // The bit alone says "low"; the rule needs a level, so a bare bit counts as just below it.
    if (battery >= 0)
      battery_level(db, imei, battery);
    else if (a.low_battery)
      battery_level(db, imei, kBatteryLow - 1);
    tx.commit();
  });
}

}  // namespace watch
