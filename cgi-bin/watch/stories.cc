// Stories: GET /v1/stories?category&before&limit (newest first), /v1/stories/hot?category (most
// played, counting only sends the watch acknowledged), /v1/stories/categories,
// /v1/stories/{id}; POST /v1/devices/{imei}/stories/{sid} sends one to a watch (200 delivered
// or 202 queued, like a command; 404 outside the watch's circle).
#include "cgi-bin/watch/api.h"
#include "watch/audit.h"
#include "watch/device.h"
#include "watch/position.h"
#include "watch/story.h"

namespace {

using namespace watch_api;

long long category_param(web::Request& req) {
  std::string c = req.param("category");
  if (c.empty()) return 0;
  if (c.size() > 9 || c.find_first_not_of("0123456789") != std::string::npos)
    throw core::BadRequest("参数 category 应为分类编号", "category");
  return std::stoll(c);
}

nlohmann::json list_json(const std::vector<watch::Story>& list) {
  auto out = nlohmann::json::array();
  for (const auto& s : list) out.push_back(watch::story_json(s));
  return out;
}

void send(web::Request& req, web::Response& res, long long user,
          const std::vector<std::string>& p) {
  if (!is(req, "POST")) throw core::MethodNotAllowed();
  auto d = watch::device_for(req.db(), p.at(2), user);
  auto c = watch::queue_story(req.db(), d.imei, id_of(p.at(4)), user);
  watch::audit(req.db(), user, "app", "story", d.imei, d.circle_id,
               c.payload.value("title", "") + " #" + std::to_string(c.id));
  auto sent = watch::deliver(req.db(), req.redis(), c);
  ok_sent(res, sent);
}

}  // namespace

int main() {
  return serve_signed_in([](web::Request& req, web::Response& res, long long user,
                            const Segments& p) {
    if (p.at(1) == "devices") return send(req, res, user, p);
    if (!is(req, "GET")) throw core::MethodNotAllowed();
    if (p.size() == 2) {
      auto page = page_args(req);
      return ok(res,
                list_json(watch::stories(req.db(), category_param(req), page.before, page.limit)));
    }
    if (p.size() != 3) throw core::NotFound();
    if (p[2] == "hot")
      return ok(res,
                list_json(watch::hot_stories(req.db(), category_param(req),
                                             int_param(req, "limit", 20, 1, watch::kMaxPageSize))));
    if (p[2] == "categories") {
      auto out = nlohmann::json::array();
      for (const auto& c : watch::story_categories(req.db()))
        out.push_back({{"id", c.id}, {"name", c.name}, {"stories", c.stories}});
      return ok(res, out);
    }
    auto s = watch::find_story(req.db(), id_of(p[2]));
    if (!s) throw core::NotFound("没有找到这个故事");
    ok(res, watch::story_json(*s));
  });
}
