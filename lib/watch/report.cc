#include "watch/report.h"

#include "core/clock.h"
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
  std::string now = utc_sql(core::now());
  db::transact(db, [&](db::Transaction& tx) {
    db.query(
        "INSERT INTO watch_device (imei, vendor, last_seen_at) VALUES (?, ?, ?)"
        " ON DUPLICATE KEY UPDATE last_seen_at = VALUES(last_seen_at),"
        " vendor = IF(VALUES(vendor) = '', vendor, VALUES(vendor))",
        imei, hb.vendor, now);
    if (hb.steps >= 0) db.query("UPDATE watch_device SET steps = ? WHERE imei = ?", hb.steps, imei);
    if (db.query("UPDATE watch_device SET online = 1 WHERE imei = ? AND online = 0", imei).affected)
      event_for(db, imei, "online", nlohmann::json::object());
    if (hb.battery >= 0) battery_level(db, imei, hb.battery);
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
