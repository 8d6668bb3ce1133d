// Watches as the app and the admin see them, and binding one to a circle: the app asks for a
// bind code, the server sends it to the watch to show (15 minutes, one use, five wrong tries),
// and a parent types it in. A watch bound to one circle cannot join another until unbound.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "redis/client.h"

namespace watch {

inline constexpr long kBindCodeTtl = 15L * 60;

struct Device {
  std::string imei, name, phone;
  long long circle_id = 0;  // 0: not bound
  bool online = false;
  int heartbeat_s = 300;
  std::string last_seen;  // UTC DATETIME, "" when never
  std::string bound_at;   // UTC DATETIME; the circle sees fixes from then on only
  int battery = -1;       // -1: unknown
  long long steps = -1;
};

// 15 digits.
bool valid_imei(const std::string& imei);
// The watch if `user` is in its circle; NotFound otherwise (never Forbidden: outsiders learn
// nothing, not even that the IMEI exists).
Device device_for(db::Connection& db, const std::string& imei, long long user);
std::optional<Device> find_device(db::Connection& db, const std::string& imei);
std::vector<Device> circle_devices(db::Connection& db, long long circle_id);
nlohmann::json device_json(const Device& d);

// Sends a new bind code to the watch (a `bindcode` command); the code is not shown to the app.
// NotFound for a watch that never connected, Conflict when it is bound already.
void send_bind_code(db::Connection& db, redis::Client& r, long long circle_id, long long user,
                    const std::string& imei);
// Binds the watch to the circle under `name` (and its SIM `phone`, optional). Forbidden for a
// wrong or used code, Conflict when the watch is in a circle or the name/phone is taken.
Device bind(db::Connection& db, redis::Client& r, long long circle_id, long long user,
            const std::string& imei, const std::string& code, const std::string& name,
            const std::string& phone);
void change_device(db::Connection& db, long long circle_id, const std::string& imei,
                   const std::optional<std::string>& name, const std::optional<std::string>& phone);
// Unbinds: the watch leaves the circle with its places' state; its history stays with it.
void unbind(db::Connection& db, long long circle_id, long long user, const std::string& imei);

}  // namespace watch
