// A watch's commands: POST /v1/devices/{imei}/commands {type, …fields} queues one (coalesced
// in the offline box) and answers 200 "delivered" when the watch acknowledged it within a few
// seconds, else 202 "queued"; GET …/commands?before&limit is the log, newest first. Anyone
// outside the watch's circle gets 404.
#include <algorithm>

#include "cgi-bin/watch/api.h"
#include "watch/audit.h"
#include "watch/command.h"
#include "watch/command_payload.h"
#include "watch/device.h"

namespace {

using namespace watch_api;

void post(web::Request& req, web::Response& res, long long user, const watch::Device& d) {
  auto fields = body(req);
  std::string type = required_text(fields, "type");
  const auto& allowed = watch::requestable_commands();
  if (std::find(allowed.begin(), allowed.end(), type) == allowed.end())
    throw core::BadRequest("不支持的指令类型", "type");
  auto payload = watch::command_payload(req.db(), d, type, fields);
  auto sent = watch::send_command(req.db(), req.redis(), d.imei, type, payload, user);
  watch::audit(req.db(), user, "app", "command", d.imei, d.circle_id,
               type + " #" + std::to_string(sent.command.id));
  ok_sent(res, sent);
}

void log(web::Request& req, web::Response& res, const watch::Device& d) {
  auto page = page_args(req);
  auto list = nlohmann::json::array();
  for (const auto& c : watch::command_log(req.db(), d.imei, page.before, page.limit))
    list.push_back(watch::command_json(c));
  ok(res, list);
}

}  // namespace

int main() {
  return serve_device([](web::Request& req, web::Response& res, long long user,
                         const watch::Device& d, const Segments& p) {
    if (is(req, "POST")) return post(req, res, user, d);
    if (is(req, "GET")) return log(req, res, d);
    throw core::MethodNotAllowed();
  });
}
