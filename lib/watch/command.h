// Commands for a watch (spec §5): what a parent, the admin or the server asks a watch to do.
// Every command goes into the watch's offline box (watch/offline_box.h), coalesced by its type,
// and the device gateway delivers it: at once when the watch is connected, else after its next
// LK. The watch acknowledges each one; the app hears "delivered" when that happens within a few
// seconds, "queued" otherwise.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "redis/client.h"

namespace watch {

// How commands of one type wait in the offline box.
enum class Coalesce {
  kNewest,   // a setting or an action: only the newest request of the type waits
  kJoin,     // locate: a request while one is pending joins that one
  kInOrder,  // messages (text, voice, story): all wait in order, at most kBoxMessages
};

// The most messages an offline box keeps; older ones expire unsent.
inline constexpr int kBoxMessages = 20;

struct CommandType {
  const char* name;   // as the API and the database spell it: "locate", "phonebook" ...
  const char* frame;  // the protocol keyword the gateway sends and the watch answers with
  Coalesce coalesce;
};

// The type named `name`; nullptr when there is none.
const CommandType* command_type(const std::string& name);
// Every type, for the admin's send form and the gateway's frame table.
const std::vector<CommandType>& command_types();

struct Command {
  long long id = 0;
  std::string imei, type;
  std::string status;  // queued, sent, acked, replaced, expired
  nlohmann::json payload;
  long long user_id = 0;                      // 0: the server itself
  std::string created_at, sent_at, acked_at;  // UTC DATETIME; "" while not yet
};

// The columns command_of() reads, for queries over watch_command; a macro so that each query
// glues its WHERE to it at compile time (adjacent literals) and stays one constant.
#define WATCH_COMMAND_SELECT                                                       \
  "SELECT id, imei, type, status, payload, user_id, created_at, sent_at, acked_at" \
  " FROM watch_command"
Command command_of(const db::Row& row);

// Puts a command into the watch's box (NotFound for an unknown watch), coalesced by its type,
// and returns it: for locate the pending one it joined. Joins the caller's transaction if one
// is open. Every box write of one watch first locks the watch's row, so the database decides
// races; the box slot's unique key keeps it true even without.
Command queue_command(db::Connection& db, const std::string& imei, const std::string& type,
                      const nlohmann::json& payload, long long user);

// What the app and the admin call: queue, then (watch/relay.h) have the gateway holding the
// watch write its box, and wait up to `[watch] command_wait_ms` for the acknowledgement.
struct Sent {
  Command command;
  bool delivered = false;
};
Sent send_command(db::Connection& db, redis::Client& r, const std::string& imei,
                  const std::string& type, const nlohmann::json& payload, long long user);
// The second half of send_command, for a command queued in a transaction committed since
// (an alarm list with its REMIND command): relay to the gateway, then wait.
Sent deliver(db::Connection& db, redis::Client& r, const Command& c);
// The same for several commands (a circle message to each watch), waited for together.
std::vector<Sent> deliver(db::Connection& db, redis::Client& r, const std::vector<Command>& cs);

std::optional<Command> find_command(db::Connection& db, long long id);
// A watch's commands, newest first: id < `before` (0: from the newest), at most `limit`.
std::vector<Command> command_log(db::Connection& db, const std::string& imei, long long before,
                                 int limit);
nlohmann::json command_json(const Command& c);

}  // namespace watch
