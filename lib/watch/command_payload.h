// What a parent or the admin may ask a watch to do, read from a request's JSON fields and
// checked (BadRequest naming the field) before anything is queued. Voice, stories and alarm
// clocks reach the box through their own resources, not through this.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "db/connection.h"
#include "watch/device.h"

namespace watch {

// The types a request may name, in the order the admin's form lists them.
const std::vector<std::string>& requestable_commands();

// The payload for command `type` from `fields`: locate, poweroff, reset {} · message {text,
// 1..100 characters} · alarms {the watch's alarm clocks, resent} · phonebook {entries: [{name,
// phone}] ≤ 20; absent: the circle's members and contacts} · sos {numbers: 1..3 phones} · lowbat
// {on: bool} · upload {interval: 10..86400 s}.
nlohmann::json command_payload(db::Connection& db, const Device& d, const std::string& type,
                               const nlohmann::json& fields);

}  // namespace watch
