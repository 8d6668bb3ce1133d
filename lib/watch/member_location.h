// Where the parents are: an app member reports its phone's location, and the others in a
// circle see it only while that member shares it (share_location on its membership).
#pragma once
#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "watch/geo.h"

namespace watch {

// BadRequest (nothing stored) for coordinates out of range or an accuracy below 0.
void report_location(db::Connection& db, long long user, LatLon at, int accuracy);
// Member `uid`'s location for `viewer` (both in the circle, else NotFound). Forbidden when
// `uid` does not share it with this circle; NotFound when it never reported one.
nlohmann::json member_location(db::Connection& db, long long circle_id, long long viewer,
                               long long uid);

}  // namespace watch
