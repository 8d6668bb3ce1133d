#include "watch/position.h"

#include <algorithm>

#include "core/clock.h"
#include "watch/clock.h"

namespace watch {
namespace {

const char* kColumns =
    "SELECT id, source, resolved, lat, lon, accuracy, fix_time, received_at, speed, course,"
    " battery FROM watch_position ";

Position read(const db::Row& row) {
  Position p;
  p.id = row.i64(0);
  p.source = row.str(1);
  p.resolved = row.i64(2) != 0;
  p.at = {row.dbl(3), row.dbl(4)};
  p.accuracy = row.null(5) ? -1 : static_cast<int>(row.i64(5));
  p.fix_time = from_utc_sql(row.str(6));
  p.received_at = from_utc_sql(row.str(7));
  p.speed = row.null(8) ? -1 : row.dbl(8);
  p.course = row.null(9) ? -1 : static_cast<int>(row.i64(9));
  p.battery = row.null(10) ? -1 : static_cast<int>(row.i64(10));
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
  auto r = db.query(std::string(kColumns) +
                        "WHERE imei = ? AND fix_time >= ? ORDER BY resolved DESC, fix_time DESC"
                        " LIMIT 1",
                    d.imei, since(d));
  if (r.empty()) return std::nullopt;
  return read(r.one());
}

std::vector<Position> positions(db::Connection& db, const Device& d, std::time_t from,
                                std::time_t to, int page, int num) {
  std::string start = std::max(utc_sql(from), since(d));
  std::vector<Position> out;
  for (const auto& row :
       db.query(std::string(kColumns) + "WHERE imei = ? AND fix_time >= ? AND fix_time <= ?"
                                        " ORDER BY fix_time DESC, id DESC LIMIT ? OFFSET ?",
                d.imei, start, utc_sql(to), num, static_cast<long long>(page - 1) * num)
           .rows)
    out.push_back(read(row));
  return out;
}

std::vector<TrackPoint> track(db::Connection& db, const Device& d, const std::string& date) {
  std::vector<TrackPoint> out;
  for (const auto& row : db.query("SELECT lat, lon, radius, source, fix_time FROM watch_track_point"
                                  " WHERE imei = ? AND day = ? AND fix_time >= ?"
                                  " ORDER BY fix_time, id",
                                  d.imei, date, since(d))
                             .rows)
    out.push_back({{row.dbl(0), row.dbl(1)},
                   static_cast<int>(row.i64(2)),
                   row.str(3),
                   from_utc_sql(row.str(4))});
  return out;
}

std::vector<DayCount> day_counts(db::Connection& db, const Device& d, const std::string& from,
                                 const std::string& to) {
  std::string first = std::max(from, core::date_of(from_utc_sql(since(d))));
  std::vector<DayCount> out;
  for (const auto& row : db.query("SELECT day, gps, lbs FROM watch_day_count"
                                  " WHERE imei = ? AND day BETWEEN ? AND ? ORDER BY day DESC",
                                  d.imei, first, to)
                             .rows)
    out.push_back({row.str(0), static_cast<int>(row.i64(1)), static_cast<int>(row.i64(2))});
  return out;
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
