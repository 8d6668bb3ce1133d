#include "watch/place.h"

#include "core/clock.h"
#include "core/error.h"
#include "db/into.h"
#include "watch/clock.h"
#include "watch/event.h"

namespace watch {

Place add_place(db::Connection& db, long long circle_id, long long user, const std::string& name,
                LatLon centre, int radius) {
  if (!valid_coordinates(centre.lat, centre.lon)) throw core::BadRequest("坐标无效", "lat");
  if (radius < kPlaceMinRadius || radius > kPlaceMaxRadius)
    throw core::BadRequest("半径应在 50 到 5000 米之间", "radius");
  try {
    auto id = db.query(
                    "INSERT INTO watch_place (circle_id, name, lat, lon, radius, created_by,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    circle_id, name, centre.lat, centre.lon, radius, user, utc_sql(core::now()))
                  .insert_id;
    return {static_cast<long long>(id), name, centre, radius};
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("已有同名的地点", "name_taken");
  }
}

std::vector<Place> places(db::Connection& db, long long circle_id) {
  return db::all(db.query("SELECT id, name, lat, lon, radius FROM watch_place"
                          " WHERE circle_id = ? ORDER BY id",
                          circle_id),
                 [](const db::Row& row) {
                   Place p;
                   db::into(row, p.id, p.name, p.centre.lat, p.centre.lon, p.radius);
                   return p;
                 });
}

void remove_place(db::Connection& db, long long circle_id, long long place_id, long long user) {
  if (db.query("DELETE FROM watch_place WHERE id = ? AND circle_id = ?", place_id, circle_id)
          .affected == 0)
    throw core::NotFound("地点不存在");
}

nlohmann::json place_json(const Place& p) {
  auto gcj = to_gcj02(p.centre);
  return {{"id", p.id},
          {"name", p.name},
          {"radius", p.radius},
          {"wgs84", {{"lat", p.centre.lat}, {"lon", p.centre.lon}}},
          {"gcj02", {{"lat", gcj.lat}, {"lon", gcj.lon}}}};
}

void check_places(db::Connection& db, long long circle_id, const std::string& imei, LatLon at,
                  std::time_t when) {
  std::string t = utc_sql(when);
  for (const auto& p : places(db, circle_id)) {
    bool inside = distance_m(p.centre, at) <= p.radius;
    // A watch not seen near a place before counts as outside it: the first fix inside enters.
    db.query(
        "INSERT IGNORE INTO watch_place_state (place_id, imei, inside, changed_at)"
        " VALUES (?, ?, 0, ?)",
        p.id, imei, t);
    auto flipped = db.query(
        "UPDATE watch_place_state SET inside = ?, changed_at = ?"
        " WHERE place_id = ? AND imei = ? AND inside = ?",
        inside, t, p.id, imei, !inside);
    if (flipped.affected)
      record_event(db, circle_id, inside ? "geofence_enter" : "geofence_exit", imei, 0,
                   {{"place_id", p.id}, {"place", p.name}, {"lat", at.lat}, {"lon", at.lon}}, when);
  }
}

}  // namespace watch
