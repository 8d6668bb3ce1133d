// App push (spec §5): every circle event goes to each member's MQTT topic yaocai/user/<id>,
// which only that user may subscribe to. The broker (mosquitto, dynamic-security plugin)
// knows each app user as "u<id>" with a password derived from [mqtt] secret, so the API can
// hand it out and the gateway can create the account without storing either.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "db/connection.h"

namespace watch {

struct MqttLogin {
  std::string host;
  int port = 0;
  std::string username, password, topic;
};

std::string user_topic(long long user);
// What the app needs to connect and subscribe (GET /v1/me gives it).
MqttLogin mqtt_login(long long user);
nlohmann::json mqtt_login_json(const MqttLogin& m);
// The dynamic-security commands that create the user's role (subscribe to its own topic only)
// and account; sent to $CONTROL/dynamic-security/v1. Creating an existing one fails harmlessly.
nlohmann::json mqtt_account_commands(long long user);

struct PushEvent {
  long long id = 0, circle_id = 0;
  std::vector<long long> members;
  nlohmann::json body;  // as the feed shows it
};
// Events not pushed yet, oldest first, with their circles' members.
std::vector<PushEvent> unpushed_events(db::Connection& db, int limit);
void mark_pushed(db::Connection& db, const std::vector<long long>& ids);
// Everyone in some circle: accounts the broker should know.
std::vector<long long> circle_members(db::Connection& db);

}  // namespace watch
