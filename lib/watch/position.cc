#include "watch/position.h"

#include <algorithm>

#include "core/clock.h"
#include "core/error.h"
#include "db/into.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/place.h"
#include "watch/report.h"

namespace watch {
namespace {

// Glued to each query at compile time (adjacent literals): every statement is one constant.
#define POSITION_SELECT                                                                    \
  "SELECT id, source, resolved, lat, lon, accuracy, fix_time, received_at, speed, course," \
  " battery FROM watch_position "

Position read(const db::Row& row) {
  Position p;
  db::into(row, p.id, p.source, p.resolved, p.at.lat, p.at.lon, db::null_as(p.accuracy, -1),
           db::skip, db::skip, db::null_as(p.speed, -1), db::null_as(p.course, -1),
           db::null_as(p.battery, -1));
  p.fix_time = from_utc_sql(row.str(6));
  p.received_at = from_utc_sql(row.str(7));
  return p;
}

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

// The fix becomes a track point unless it lies within the radius of the day's last point.
void thin_into_track(db::Connection& db, const std::string& imei, const Position& p,
                     const std::string& day) {
  auto last = db.query(
      "SELECT lat, lon, radius FROM watch_track_point WHERE imei = ? AND day = ?"
      " ORDER BY fix_time DESC, id DESC LIMIT 1",
      imei, day);
  if (!last.empty()) {
    LatLon prev{last.one().dbl(0), last.one().dbl(1)};
    if (distance_m(prev, p.at) <= last.one().dbl(2)) return;
  }
  db.query(
      "INSERT INTO watch_track_point (imei, day, fix_time, lat, lon, radius, source)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)",
      imei, day, utc_sql(p.fix_time), p.at.lat, p.at.lon, track_radius(p.accuracy), p.source);
}

// The first instant the watch's current circle may see.
std::string since(const Device& d) {
  return d.bound_at.empty() ? "1970-01-01 00:00:00" : d.bound_at;
}

}  // namespace

int track_radius(int accuracy) { return std::clamp(accuracy, kTrackMinRadius, kTrackMaxRadius); }

Position ingest_fix(db::Connection& db, const Fix& fix) {
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
    // Outside the transaction: a slow geolocation service must not hold row locks.
    if (auto located = geolocate(fix.imei, fix.cells, fix.wifi)) {
      p.at = located->wgs84;
      p.accuracy = located->accuracy;
    } else {
      p.resolved = false;
    }
  }
  std::string day = core::date_of(fix.time);
  return db::transact(db, [&](db::Transaction& tx) -> Position {
    db.query("INSERT IGNORE INTO watch_device (imei) VALUES (?)", fix.imei);
    std::optional<double> lat, lon;
    if (p.resolved) lat = p.at.lat, lon = p.at.lon;
    p.id = static_cast<long long>(
        db.query("INSERT INTO watch_position (imei, fix_time, received_at, source, resolved, lat,"
                 " lon, accuracy, speed, course, altitude, satellites, battery, towers)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 fix.imei, utc_sql(p.fix_time), utc_sql(p.received_at), p.source, p.resolved, lat,
                 lon, known(p.accuracy, -1), known(fix.speed, -1.0), known(fix.course, -1),
                 fix.altitude, known(fix.satellites, -1), known(fix.battery, -1),
                 towers_json(fix).dump())
            .insert_id);
    db.query(p.source == "gps" ? "INSERT INTO watch_day_count (imei, day, gps) VALUES (?, ?, 1)"
                                 " ON DUPLICATE KEY UPDATE gps = gps + 1"
                               : "INSERT INTO watch_day_count (imei, day, lbs) VALUES (?, ?, 1)"
                                 " ON DUPLICATE KEY UPDATE lbs = lbs + 1",
             fix.imei, day);
    if (p.resolved) thin_into_track(db, fix.imei, p, day);
    auto circle = db.query("SELECT circle_id FROM watch_device WHERE imei = ?", fix.imei);
    if (p.source == "gps" && !circle.empty() && circle.one().i64(0))
      check_places(db, circle.one().i64(0), fix.imei, p.at, fix.time);
    if (fix.battery >= 0) battery_level(db, fix.imei, fix.battery);
    tx.commit();
    return p;
  });
}

std::optional<Position> latest_position(db::Connection& db, const Device& d) {
  // The newest fix that has coordinates; an unresolved one only when there is nothing else.
  return db::first(db.query(POSITION_SELECT
                            "WHERE imei = ? AND fix_time >= ? ORDER BY resolved DESC, fix_time DESC"
                            " LIMIT 1",
                            d.imei, since(d)),
                   read);
}

std::vector<Position> positions(db::Connection& db, const Device& d, std::time_t from,
                                std::time_t to, int page, int num) {
  std::string start = std::max(utc_sql(from), since(d));
  return db::all(db.query(POSITION_SELECT "WHERE imei = ? AND fix_time >= ? AND fix_time <= ?"
                                          " ORDER BY fix_time DESC, id DESC LIMIT ? OFFSET ?",
                          d.imei, start, utc_sql(to), num, static_cast<long long>(page - 1) * num),
                 read);
}

std::vector<TrackPoint> track(db::Connection& db, const Device& d, const std::string& date) {
  return db::all(db.query("SELECT lat, lon, radius, source, fix_time FROM watch_track_point"
                          " WHERE imei = ? AND day = ? AND fix_time >= ?"
                          " ORDER BY fix_time, id",
                          d.imei, date, since(d)),
                 [](const db::Row& row) {
                   TrackPoint t;
                   db::into(row, t.at.lat, t.at.lon, t.radius, t.source);
                   t.fix_time = from_utc_sql(row.str(4));
                   return t;
                 });
}

std::vector<DayCount> day_counts(db::Connection& db, const Device& d, const std::string& from,
                                 const std::string& to) {
  std::string first = std::max(from, core::date_of(from_utc_sql(since(d))));
  return db::all(db.query("SELECT day, gps, lbs FROM watch_day_count"
                          " WHERE imei = ? AND day BETWEEN ? AND ? ORDER BY day DESC",
                          d.imei, first, to),
                 db::as<DayCount>(&DayCount::day, &DayCount::gps, &DayCount::lbs));
}

nlohmann::json point_json(LatLon wgs) {
  auto gcj = to_gcj02(wgs);
  return {{"wgs84", {{"lat", wgs.lat}, {"lon", wgs.lon}}},
          {"gcj02", {{"lat", gcj.lat}, {"lon", gcj.lon}}}};
}

nlohmann::json position_json(const Position& p) {
  nlohmann::json j{{"id", p.id},
                   {"source", p.source},
                   {"resolved", p.resolved},
                   {"time", iso(p.fix_time)},
                   {"received", iso(p.received_at)},
                   {"accuracy", p.accuracy < 0 ? nlohmann::json() : nlohmann::json(p.accuracy)},
                   {"speed", p.speed < 0 ? nlohmann::json() : nlohmann::json(p.speed)},
                   {"course", p.course < 0 ? nlohmann::json() : nlohmann::json(p.course)},
                   {"battery", p.battery < 0 ? nlohmann::json() : nlohmann::json(p.battery)},
                   {"wgs84", nullptr},
                   {"gcj02", nullptr}};
  if (p.resolved) j.update(point_json(p.at));
  return j;
}

}  // namespace watch
