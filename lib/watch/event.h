// A circle's feed: everything that happened (member_joined, geofence_enter, sos, low_battery,
// online, offline ...), newest first. Written in the same transaction as what caused it.
#pragma once
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>

#include "db/connection.h"

namespace watch {

// `imei` "" and `user` 0 mean none; `when` (UTC) is when it happened, 0 for now (a fix's
// events carry the fix time, which may be well before it arrived).
long long record_event(db::Connection& db, long long circle_id, const std::string& type,
                       const std::string& imei, long long user, const nlohmann::json& detail,
                       std::time_t when = 0);

// Events with id < `before` (0: from the newest), at most `limit` (1..50), newest first.
nlohmann::json events(db::Connection& db, long long circle_id, long long before, int limit);

}  // namespace watch
