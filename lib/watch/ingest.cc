// The device side of positions: ingest_fix() for one fix, ingest_fixes() for the gateway's
// batches. Both run the same steps (position row, day count, track thinning, places, battery
// rule); a batch runs each step as a few multi-row statements for all its fixes instead of a
// dozen statements per fix, which is what lets one gateway keep up with thousands of watches.
#include <map>
#include <set>

#include "core/clock.h"
#include "core/error.h"
#include "db/in_list.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/place.h"
#include "watch/position.h"
#include "watch/report.h"

namespace watch {
namespace {

nlohmann::json towers_json(const Fix& f) {
  nlohmann::json j{{"cells", nlohmann::json::array()}, {"wifi", nlohmann::json::array()}};
  for (const auto& c : f.cells) j["cells"].push_back({c.mcc, c.mnc, c.lac, c.cell_id, c.signal});
  for (const auto& w : f.wifi) j["wifi"].push_back({w.mac, w.signal, w.ssid});
  return j;
}

template <class T>
std::optional<T> known(T v, T unknown) {
  return v == unknown ? std::nullopt : std::optional<T>(v);
}

// Validates the fix and says where it was: a GPS fix as reported, a cell / Wi-Fi one through the
// geolocation service (unresolved when it cannot tell). BadRequest for a fix to refuse.
Position locate(const Fix& fix) {
  if (!valid_imei(fix.imei)) throw core::BadRequest("IMEI 应为 15 位数字", "imei");
  if (fix.time <= 0) throw core::BadRequest("定位时间无效", "time");
  Position p;
  p.fix_time = fix.time;
  p.received_at = core::now();
  p.speed = fix.speed;
  p.course = fix.course;
  p.battery = fix.battery;
  if (fix.gps_valid) {
    if (!valid_coordinates(fix.lat, fix.lon)) throw core::BadRequest("坐标无效", "lat");
    p.source = "gps";
    p.at = {fix.lat, fix.lon};
    p.accuracy = fix.accuracy;
  } else {
    if (fix.cells.empty() && fix.wifi.empty()) throw core::BadRequest("没有可用的定位数据");
    p.source = "lbs";
    if (auto located = geolocate(fix.imei, fix.cells, fix.wifi)) {
      p.at = located->wgs84;
      p.accuracy = located->accuracy;
    } else {
      p.resolved = false;
    }
  }
  return p;
}

// A fix on its way into the tables.
struct Item {
  const Fix* fix;
  Position* p;
  std::string day;
};

using DayKey = std::pair<std::string, std::string>;  // imei, business day

struct TrackEnd {
  LatLon at;
  double radius = 0;
  std::time_t fix_time = 0;
};

// The last track point (by fix time) of each watch-day: one round trip for up to 64 of them,
// each an index lookup (ix_watch_track_day) rather than a scan of the day's points.
std::map<DayKey, TrackEnd> track_ends(db::Connection& db, const std::set<DayKey>& keys) {
  static const std::string one =
      "(SELECT imei, day, lat, lon, radius, fix_time FROM watch_track_point WHERE imei = ? AND"
      " day = ? ORDER BY fix_time DESC, id DESC LIMIT 1)";
  std::vector<DayKey> all(keys.begin(), keys.end());
  std::map<DayKey, TrackEnd> out;
  for (size_t start = 0; start < all.size(); start += 64) {
    size_t n = std::min<size_t>(64, all.size() - start), m = 1;
    while (m < n) m *= 2;  // padded with the last key: a handful of statement shapes
    std::string sql;
    std::vector<db::Param> params;
    for (size_t i = 0; i < m; ++i) {
      const DayKey& k = all[start + std::min(i, n - 1)];
      sql += i ? " UNION ALL " + one : one;
      params.emplace_back(k.first);
      params.emplace_back(k.second);
    }
    for (const auto& row : db.exec(sql, params).rows)
      out[{row.str(0), row.str(1)}] = {
          {row.dbl(2), row.dbl(3)}, row.dbl(4), from_utc_sql(row.str(5))};
  }
  return out;
}

struct DeviceState {
  long long circle = 0;
  bool low_battery = false;
};

// Stores located fixes, in order, inside the caller's transaction.
void store(db::Connection& db, std::vector<Item>& items) {
  std::vector<std::string> imeis;
  std::set<std::string> seen;
  for (const auto& it : items)
    if (seen.insert(it.fix->imei).second) imeis.push_back(it.fix->imei);
  db::each_rows(db, "INSERT IGNORE INTO watch_device (imei) VALUES ", 1, db::params_of(imeis));
  std::map<std::string, DeviceState> devices;
  for (const auto& row : db::each_in(db,
                                     "SELECT imei, COALESCE(circle_id, 0), low_battery FROM"
                                     " watch_device WHERE imei IN ",
                                     {}, db::params_of(imeis))
                             .rows)
    devices[row.str(0)] = {row.i64(1), row.i64(2) != 0};

  // Positions. A multi-row INSERT names only its first id (and under Galera the others are not
  // the ones after it), so a fix stored alone gets its id and a batch's fixes none.
  static const std::string insert =
      "INSERT INTO watch_position (imei, fix_time, received_at, source, resolved, lat, lon,"
      " accuracy, speed, course, altitude, satellites, battery, towers) VALUES ";
  std::vector<db::Param> rows;
  for (const auto& it : items) {
    const Fix& f = *it.fix;
    const Position& p = *it.p;
    std::optional<double> lat, lon;
    if (p.resolved) lat = p.at.lat, lon = p.at.lon;
    for (db::Param v :
         {db::Param(f.imei), db::Param(utc_sql(p.fix_time)), db::Param(utc_sql(p.received_at)),
          db::Param(p.source), db::Param(p.resolved), db::Param(lat), db::Param(lon),
          db::Param(known(p.accuracy, -1)), db::Param(known(f.speed, -1.0)),
          db::Param(known(f.course, -1)), db::Param(f.altitude), db::Param(known(f.satellites, -1)),
          db::Param(known(f.battery, -1)), db::Param(towers_json(f).dump())})
      rows.push_back(std::move(v));
  }
  if (items.size() == 1)
    items[0].p->id = static_cast<long long>(db.exec(insert + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                                             " ?, ?, ?)",
                                                    rows)
                                                .insert_id);
  else
    db::each_rows(db, insert, 14, rows);

  // Fixes per day and source.
  std::map<DayKey, std::pair<int, int>> counts;
  for (const auto& it : items) {
    auto& c = counts[{it.fix->imei, it.day}];
    (it.p->source == "gps" ? c.first : c.second) += 1;
  }
  rows.clear();
  for (const auto& [k, c] : counts)
    for (db::Param v :
         {db::Param(k.first), db::Param(k.second), db::Param(c.first), db::Param(c.second)})
      rows.push_back(std::move(v));
  db::each_rows(db, "INSERT INTO watch_day_count (imei, day, gps, lbs) VALUES ", 4, rows,
                " ON DUPLICATE KEY UPDATE gps = gps + VALUES(gps), lbs = lbs + VALUES(lbs)");

  // Track thinning, in arrival order against the day's last point by fix time, as one fix after
  // the other would see it.
  std::set<DayKey> days;
  for (const auto& it : items)
    if (it.p->resolved) days.insert({it.fix->imei, it.day});
  auto ends = track_ends(db, days);
  rows.clear();
  for (const auto& it : items) {
    const Position& p = *it.p;
    if (!p.resolved) continue;
    DayKey k{it.fix->imei, it.day};
    auto end = ends.find(k);
    if (end != ends.end() && distance_m(end->second.at, p.at) <= end->second.radius) continue;
    int radius = track_radius(p.accuracy);
    for (db::Param v :
         {db::Param(k.first), db::Param(k.second), db::Param(utc_sql(p.fix_time)),
          db::Param(p.at.lat), db::Param(p.at.lon), db::Param(radius), db::Param(p.source)})
      rows.push_back(std::move(v));
    if (end == ends.end() || p.fix_time >= end->second.fix_time)
      ends[k] = {p.at, static_cast<double>(radius), p.fix_time};
  }
  db::each_rows(db,
                "INSERT INTO watch_track_point (imei, day, fix_time, lat, lon, radius, source)"
                " VALUES ",
                7, rows);

  // Places and the battery rule: events, in the order of the fixes. Most fixes change neither,
  // so only circles with places are checked and only levels that cross a threshold are applied.
  std::set<long long> circles, fenced;
  for (const auto& [imei, d] : devices)
    if (d.circle) circles.insert(d.circle);
  if (!circles.empty())
    for (const auto& row :
         db::each_in(db,
                     "SELECT DISTINCT circle_id FROM watch_place WHERE"
                     " circle_id IN ",
                     {}, db::params_of(std::vector<long long>(circles.begin(), circles.end())))
             .rows)
      fenced.insert(row.i64(0));
  std::map<std::string, int> battery;
  for (const auto& it : items) {
    const Fix& f = *it.fix;
    DeviceState& d = devices[f.imei];
    if (it.p->source == "gps" && fenced.count(d.circle))
      check_places(db, d.circle, f.imei, it.p->at, f.time);
    if (f.battery < 0 || f.battery > 100) continue;
    battery[f.imei] = f.battery;
    if (battery_crosses(f.battery, d.low_battery)) {
      battery_level(db, f.imei, f.battery);
      d.low_battery = f.battery < kBatteryLow;
    }
  }
  rows.clear();
  for (const auto& [imei, level] : battery)
    for (db::Param v : {db::Param(imei), db::Param(level)}) rows.push_back(std::move(v));
  db::each_rows(db, "INSERT INTO watch_device (imei, battery) VALUES ", 2, rows,
                " ON DUPLICATE KEY UPDATE battery = VALUES(battery)");
}

}  // namespace

Position ingest_fix(db::Connection& db, const Fix& fix) {
  // Located outside the transaction: a slow geolocation service must not hold row locks.
  Position p = locate(fix);
  std::vector<Item> items{{&fix, &p, core::date_of(fix.time)}};
  return db::transact(db, [&](db::Transaction& tx) -> Position {
    store(db, items);
    tx.commit();
    return p;
  });
}

std::vector<Ingested> ingest_fixes(db::Connection& db, const std::vector<Fix>& fixes) {
  std::vector<Ingested> out(fixes.size());
  std::vector<Item> items;
  for (size_t i = 0; i < fixes.size(); ++i) {
    try {
      out[i].position = locate(fixes[i]);
      items.push_back({&fixes[i], &out[i].position, core::date_of(fixes[i].time)});
    } catch (const core::Error& e) {
      out[i].refused = e.what();
    }
  }
  if (items.empty()) return out;
  db::transact(db, [&](db::Transaction& tx) {
    store(db, items);
    tx.commit();
  });
  return out;
}

}  // namespace watch
