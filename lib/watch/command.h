// Commands for a watch (spec §5). Part 1 keeps them in a queue the gateway (part 2) drains;
// a watch acknowledges each one by id.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "db/connection.h"

namespace watch {

struct Command {
  long long id = 0;
  std::string imei, type, status;
  nlohmann::json payload;
  std::string created_at;  // UTC DATETIME
};

// Queues `type` with `payload` for the watch; returns its id.
long long queue_command(db::Connection& db, const std::string& imei, const std::string& type,
                        const nlohmann::json& payload, long long user);
// The queued commands of a watch, oldest first.
std::vector<Command> queued_commands(db::Connection& db, const std::string& imei);
// The watch acknowledged command `id`; false when it was not waiting.
bool acknowledge(db::Connection& db, const std::string& imei, long long id);

}  // namespace watch
