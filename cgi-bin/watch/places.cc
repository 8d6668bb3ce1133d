// A circle's places and feed: POST|GET /v1/circles/{id}/places,
// DELETE /v1/circles/{id}/places/{pid}, GET /v1/circles/{id}/events?before&limit.
#include "cgi-bin/watch/api.h"
#include "watch/event.h"
#include "watch/place.h"

namespace {

using namespace watch_api;

// Centre from lat/lon, in WGS-84 unless "datum" says gcj02 (a point picked on an AMap map).
watch::LatLon centre(const nlohmann::json& j) {
  watch::LatLon at{required_number(j, "lat"), required_number(j, "lon")};
  std::string datum = text(j, "datum").value_or("wgs84");
  if (datum == "gcj02") return watch::from_gcj02(at);
  if (datum != "wgs84") throw core::BadRequest("datum 应为 wgs84 或 gcj02", "datum");
  return at;
}

void places(web::Request& req, web::Response& res, long long user, long long circle,
            const std::vector<std::string>& p) {
  if (p.size() == 5) {
    if (!is(req, "DELETE")) throw core::MethodNotAllowed();
    watch::remove_place(req.db(), circle, id_of(p[4]), user);
    return ok(res, nlohmann::json::object());
  }
  if (is(req, "GET")) {
    auto list = nlohmann::json::array();
    for (const auto& pl : watch::places(req.db(), circle)) list.push_back(watch::place_json(pl));
    return ok(res, list);
  }
  if (!is(req, "POST")) throw core::MethodNotAllowed();
  auto j = body(req);
  std::string name = watch::checked_name(required_text(j, "name"), "name");
  auto at = centre(j);
  if (!watch::valid_coordinates(at.lat, at.lon)) throw core::BadRequest("坐标无效", "lat");
  double radius = required_number(j, "radius");
  if (radius < watch::kPlaceMinRadius || radius > watch::kPlaceMaxRadius)
    throw core::BadRequest("半径应在 50 到 5000 米之间", "radius");
  ok(res,
     watch::place_json(
         watch::add_place(req.db(), circle, user, name, at, static_cast<int>(radius))),
     201);
}

}  // namespace

int main() {
  return serve_circle([](web::Request& req, web::Response& res, long long user,
                         const watch::Circle& c, const Segments& p) {
    if (p.at(3) == "places" && p.size() <= 5) return places(req, res, user, c.id, p);
    if (p.at(3) == "events" && p.size() == 4) {
      if (!is(req, "GET")) throw core::MethodNotAllowed();
      auto page = page_args(req);
      return ok(res, watch::events(req.db(), c.id, page.before, page.limit));
    }
    throw core::NotFound();
  });
}
