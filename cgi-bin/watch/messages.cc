// Circle messages: POST /v1/circles/{id}/messages with JSON {text} or a multipart form with a
// `voice` (AMR) or `image` file → 201 with the message and its delivery to each watch
// (delivered or queued); GET …/messages?before&limit, newest first. 404 outside the circle.
#include "cgi-bin/watch/api.h"
#include "watch/command.h"
#include "watch/message.h"

namespace {

using namespace watch_api;

void post(web::Request& req, web::Response& res, long long user, const watch::Circle& c) {
  watch::Post p;
  p.text = req.field("text");
  if (const auto* v = req.upload("voice")) p.voice = v->data;
  if (const auto* i = req.upload("image")) p.image = i->data;
  auto posted = watch::post_message(req.db(), c.id, user, p);
  auto j = watch::message_json(posted.message);
  auto deliveries = nlohmann::json::array();
  for (const auto& sent : watch::deliver(req.db(), req.redis(), posted.commands))
    deliveries.push_back({{"imei", sent.command.imei},
                          {"command", sent.command.id},
                          {"status", sent.delivered ? "delivered" : "queued"}});
  j["watches"] = deliveries;
  ok(res, j, 201);
}

}  // namespace

int main() {
  return serve_circle([](web::Request& req, web::Response& res, long long user,
                         const watch::Circle& c, const Segments& p) {
    if (is(req, "POST")) return post(req, res, user, c);
    if (!is(req, "GET")) throw core::MethodNotAllowed();
    auto page = page_args(req);
    auto list = nlohmann::json::array();
    for (const auto& m : watch::messages(req.db(), c.id, page.before, page.limit))
      list.push_back(watch::message_json(m));
    ok(res, list);
  });
}
