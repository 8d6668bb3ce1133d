// Alarm clocks of a watch: GET /v1/devices/{imei}/alarms (the list), PUT …/alarms
// {alarms: [{time, days, on, label}]} (the whole list, at most 3), GET|PUT|DELETE
// …/alarms/{id}. Each change sends the new list to the watch (an `alarms` command); the answer
// says whether it was delivered. Anyone outside the watch's circle gets 404.
#include "cgi-bin/watch/api.h"
#include "watch/alarm.h"
#include "watch/audit.h"
#include "watch/device.h"

namespace {

using namespace watch_api;

nlohmann::json list_json(web::Request& req, const std::string& imei) {
  auto list = nlohmann::json::array();
  for (const auto& a : watch::alarm_clocks(req.db(), imei)) list.push_back(watch::alarm_json(a));
  return list;
}

void answer(web::Request& req, web::Response& res, long long user, const watch::Device& d,
            const watch::Command& c) {
  watch::audit(req.db(), user, "app", "alarms", d.imei, d.circle_id,
               "#" + std::to_string(c.id) + " " + c.payload.dump());
  auto sent = watch::deliver(req.db(), req.redis(), c);
  ok(res, {{"alarms", list_json(req, c.imei)},
           {"command", {{"id", c.id}, {"status", sent.delivered ? "delivered" : "queued"}}}});
}

watch::AlarmClock find(web::Request& req, const std::string& imei, long long id) {
  for (const auto& a : watch::alarm_clocks(req.db(), imei))
    if (a.id == id) return a;
  throw core::NotFound("没有找到这个闹钟");
}

}  // namespace

int main() {
  return serve_device([](web::Request& req, web::Response& res, long long user,
                         const watch::Device& d, const Segments& p) {
    if (p.size() == 4) {
      if (is(req, "GET")) return ok(res, list_json(req, d.imei));
      if (!is(req, "PUT")) throw core::MethodNotAllowed();
      auto j = body(req);
      auto it = j.find("alarms");
      if (it == j.end() || !it->is_array())
        throw core::BadRequest("请提交闹钟列表 alarms", "alarms");
      std::vector<watch::AlarmClock> list;
      for (const auto& a : *it) list.push_back(watch::alarm_from_json(a));
      return answer(req, res, user, d, watch::replace_alarms(req.db(), d.imei, list, user));
    }
    if (p.size() != 5) throw core::NotFound();
    long long id = id_of(p[4]);
    if (is(req, "GET")) return ok(res, watch::alarm_json(find(req, d.imei, id)));
    if (is(req, "PUT")) {
      auto a = watch::alarm_from_json(body(req), find(req, d.imei, id));
      return answer(req, res, user, d, watch::change_alarm(req.db(), d.imei, id, a, user));
    }
    if (is(req, "DELETE"))
      return answer(req, res, user, d, watch::delete_alarm(req.db(), d.imei, id, user));
    throw core::MethodNotAllowed();
  });
}
