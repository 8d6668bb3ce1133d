// Alarm clocks (闹钟) of a watch. The app lists, replaces, changes and deletes them; after each
// change the whole list goes to the watch as one `alarms` command (REMIND), so only the newest
// list waits in the offline box.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "watch/command.h"

namespace watch {

inline constexpr int kMaxAlarms = 3;

struct AlarmClock {
  long long id = 0;
  std::string at;    // "07:30"
  std::string days;  // "1111100": Monday..Sunday; "0000000" rings once
  bool enabled = true;
  std::string label;
};

// An alarm from JSON {time: "HH:MM", days: [1..7] (Monday = 1; empty or absent: once),
// on: bool (default true), label}; BadRequest naming the field. `base` fills absent fields.
AlarmClock alarm_from_json(const nlohmann::json& j, const AlarmClock& base = {});
nlohmann::json alarm_json(const AlarmClock& a);

std::vector<AlarmClock> alarm_clocks(db::Connection& db, const std::string& imei);
// Each change runs in one transaction under the watch's row lock and queues the new list as
// an `alarms` command in the same transaction; it returns that command (deliver() it).
// Replaces the whole list (at most kMaxAlarms, else BadRequest).
Command replace_alarms(db::Connection& db, const std::string& imei,
                       const std::vector<AlarmClock>& list, long long user);
// Changes alarm `id` (NotFound when it is not this watch's).
Command change_alarm(db::Connection& db, const std::string& imei, long long id, const AlarmClock& a,
                     long long user);
Command delete_alarm(db::Connection& db, const std::string& imei, long long id, long long user);
// The payload of the `alarms` command for the current list.
nlohmann::json alarms_payload(db::Connection& db, const std::string& imei);

}  // namespace watch
