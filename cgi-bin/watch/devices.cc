// A watch as its circle sees it: GET /v1/devices/{imei}, …/location,
// …/positions?from&to&page&num (newest first, num ≤ 50), …/track?date=, …/track/days?from&to.
// Anyone outside the watch's circle gets 404 for every one of them.
#include "cgi-bin/watch/api.h"
#include "core/clock.h"
#include "watch/clock.h"
#include "watch/position.h"

namespace {

using namespace watch_api;

std::time_t time_param(web::Request& req, const char* key, std::time_t fallback) {
  std::string s = req.param(key);
  if (s.empty()) return fallback;
  auto t = watch::parse_time(s);
  if (!t) throw core::BadRequest(std::string("参数 ") + key + " 应为 ISO 8601 时间或秒数", key);
  return *t;
}

std::string date_param(web::Request& req, const char* key, const std::string& fallback) {
  std::string s = req.param(key);
  if (s.empty()) return fallback;
  if (!core::valid_date(s)) throw core::BadRequest("日期格式应为 YYYY-MM-DD", key);
  return s;
}

void positions(web::Request& req, web::Response& res, const watch::Device& d) {
  std::time_t now = core::now();
  std::time_t to = time_param(req, "to", now), from = time_param(req, "from", to - 24 * 3600);
  if (from > to) throw core::BadRequest("开始时间不能晚于结束时间", "from");
  int num = int_param(req, "num", 20, 1, watch::kMaxPageSize);
  int page = int_param(req, "page", 1, 1, 100000);
  auto list = nlohmann::json::array();
  for (const auto& p : watch::positions(req.db(), d, from, to, page, num))
    list.push_back(watch::position_json(p));
  ok(res, list);
}

void track(web::Request& req, web::Response& res, const watch::Device& d) {
  std::string date = date_param(req, "date", core::today());
  auto points = nlohmann::json::array();
  for (const auto& t : watch::track(req.db(), d, date)) {
    auto j = watch::point_json(t.at);
    j["radius"] = t.radius;
    j["source"] = t.source;
    j["time"] = watch::iso(t.fix_time);
    points.push_back(std::move(j));
  }
  ok(res, {{"date", date}, {"points", points}});
}

void days(web::Request& req, web::Response& res, const watch::Device& d) {
  std::string to = date_param(req, "to", core::today());
  std::string from = date_param(req, "from", core::add_days(to, -30));
  if (from > to) throw core::BadRequest("开始日期不能晚于结束日期", "from");
  auto list = nlohmann::json::array();
  for (const auto& c : watch::day_counts(req.db(), d, from, to))
    list.push_back({{"date", c.day}, {"gps", c.gps}, {"lbs", c.lbs}});
  ok(res, list);
}

}  // namespace

int main() {
  return serve_device([](web::Request& req, web::Response& res, long long user,
                         const watch::Device& d, const Segments& p) {
    std::string rest;
    for (size_t i = 3; i < p.size(); ++i) rest += (rest.empty() ? "" : "/") + p[i];
    if (!is(req, "GET")) throw core::MethodNotAllowed();
    if (rest.empty()) return ok(res, watch::device_json(d));
    if (rest == "location") {
      auto at = watch::latest_position(req.db(), d);
      return ok(res, at ? watch::position_json(*at) : nlohmann::json());
    }
    if (rest == "positions") return positions(req, res, d);
    if (rest == "track") return track(req, res, d);
    if (rest == "track/days") return days(req, res, d);
    throw core::NotFound();
  });
}
