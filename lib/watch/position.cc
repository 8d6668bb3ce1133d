#include "watch/position.h"

#include <algorithm>

#include "core/clock.h"
#include "db/into.h"
#include "watch/clock.h"

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

// The first instant the watch's current circle may see.
std::string since(const Device& d) {
  return d.bound_at.empty() ? "1970-01-01 00:00:00" : d.bound_at;
}

}  // namespace

int track_radius(int accuracy) { return std::clamp(accuracy, kTrackMinRadius, kTrackMaxRadius); }

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
