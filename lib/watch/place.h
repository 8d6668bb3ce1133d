// A circle's places (geofences such as 家 and 学校): a centre in WGS-84 and a radius of
// 50-5000 m. A watch entering or leaving one makes one event per transition, judged from valid
// GPS fixes only: a cell-tower fix is too coarse to say which side of a fence a child is.
#pragma once
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "db/connection.h"
#include "watch/geo.h"

namespace watch {

inline constexpr int kPlaceMinRadius = 50, kPlaceMaxRadius = 5000;

struct Place {
  long long id = 0;
  std::string name;
  LatLon centre;
  int radius = 0;
};

// BadRequest for bad coordinates or radius; Conflict for a name the circle has.
Place add_place(db::Connection& db, long long circle_id, long long user, const std::string& name,
                LatLon centre, int radius);
std::vector<Place> places(db::Connection& db, long long circle_id);
// NotFound when the circle has no such place.
void remove_place(db::Connection& db, long long circle_id, long long place_id, long long user);
nlohmann::json place_json(const Place& p);

// Compares a GPS fix with every place of the circle and records geofence_enter/exit events
// for the places whose inside/outside state flipped. Runs inside the caller's transaction.
void check_places(db::Connection& db, long long circle_id, const std::string& imei, LatLon at,
                  std::time_t when);

}  // namespace watch
