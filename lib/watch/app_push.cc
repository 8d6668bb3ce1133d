#include "watch/app_push.h"

#include <map>

#include "core/config.h"
#include "db/transact.h"
#include "sms/gateway.h"
#include "watch/clock.h"

namespace watch {

std::string user_topic(long long user) { return "yaocai/user/" + std::to_string(user); }

MqttLogin mqtt_login(long long user) {
  const auto& c = core::Config::get();
  MqttLogin m;
  m.host = c.str("mqtt", "host", "127.0.0.1");
  m.port = static_cast<int>(c.num("mqtt", "port", 1883));
  m.username = "u" + std::to_string(user);
  m.topic = user_topic(user);
  // The first 128 bits of HMAC-SHA256(secret, "mqtt-user:<id>"), as hex.
  m.password =
      sms::hmac_hex(c.str("mqtt", "secret"), "mqtt-user:" + std::to_string(user)).substr(0, 32);
  return m;
}

nlohmann::json mqtt_login_json(const MqttLogin& m) {
  return {{"host", m.host},
          {"port", m.port},
          {"username", m.username},
          {"password", m.password},
          {"topic", m.topic}};
}

nlohmann::json mqtt_account_commands(long long user) {
  auto m = mqtt_login(user);
  std::string role = "user-" + std::to_string(user);
  return {{"commands",
           {{{"command", "createRole"},
             {"rolename", role},
             {"acls",
              {{{"acltype", "subscribeLiteral"}, {"topic", m.topic}, {"allow", true}},
               {{"acltype", "unsubscribeLiteral"}, {"topic", m.topic}, {"allow", true}}}}},
            {{"command", "createClient"},
             {"username", m.username},
             {"password", m.password},
             {"roles", {{{"rolename", role}}}}}}}};
}

std::vector<PushEvent> unpushed_events(db::Connection& db, int limit) {
  std::vector<PushEvent> out;
  auto rows = db.query(
      "SELECT id, circle_id, type, imei, user_id, detail, created_at FROM watch_event"
      " WHERE pushed = 0 ORDER BY id LIMIT ?",
      limit);
  std::map<long long, std::vector<long long>> members;
  for (const auto& row : rows.rows) {
    PushEvent e;
    e.id = row.i64(0);
    e.circle_id = row.i64(1);
    e.body = {{"id", e.id},
              {"circle", e.circle_id},
              {"type", row.str(2)},
              {"imei", row.null(3) ? nlohmann::json() : nlohmann::json(row.str(3))},
              {"uid", row.null(4) ? nlohmann::json() : nlohmann::json(row.i64(4))},
              {"detail", nlohmann::json::parse(row.str(5), nullptr, false)},
              {"time", iso_of_sql(row.str(6))}};
    auto it = members.find(e.circle_id);
    if (it == members.end()) {
      std::vector<long long> ids;
      for (const auto& m :
           db.query("SELECT user_id FROM watch_member WHERE circle_id = ?", e.circle_id).rows)
        ids.push_back(m.i64(0));
      it = members.emplace(e.circle_id, std::move(ids)).first;
    }
    e.members = it->second;
    out.push_back(std::move(e));
  }
  return out;
}

void mark_pushed(db::Connection& db, const std::vector<long long>& ids) {
  db::transact(db, [&](db::Transaction& tx) {
    for (long long id : ids) db.query("UPDATE watch_event SET pushed = 1 WHERE id = ?", id);
    tx.commit();
  });
}

std::vector<long long> circle_members(db::Connection& db) {
  std::vector<long long> out;
  for (const auto& row : db.query("SELECT DISTINCT user_id FROM watch_member").rows)
    out.push_back(row.i64(0));
  return out;
}

}  // namespace watch
