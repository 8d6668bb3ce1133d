// Which gateway holds which watch, and commands routed to it through Redis (spec §5), so
// several gateways can run side by side. A gateway registers each connection it binds to an
// IMEI (`at:<imei>` = its token "<gateway>#<connection>"), which decides presence. When a
// watch's offline box has news, its IMEI is published on one channel that every gateway
// listens to; the one holding the watch writes what waits in the box, the others ignore it.
// The watch's acknowledgement of a command is pushed onto a per-command answer list.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "redis/client.h"

namespace watch {

// Redis keys (without the client's prefix).
std::string relay_at_key(const std::string& imei);       // → token of the holding connection
std::string relay_held_key(const std::string& gateway);  // set of IMEIs a gateway registered
// The channel of IMEIs whose box has news (the offline box announces on it, every gateway
// subscribes).
inline constexpr const char* kRelayBoxChannel = "watch:box";
std::string relay_answer_key(long long command_id);  // list: "acked" once answered
// The gateway part of a token ("" for none).
std::string gateway_of_token(const std::string& token);

// Gateway side: this connection now holds the watch.
void relay_register(redis::Client& r, const std::string& gateway, const std::string& imei,
                    const std::string& token);
// Gateway side: forgets the watch if `token` still holds it; true when it did (the watch has
// not reconnected elsewhere, so it went offline).
bool relay_release(redis::Client& r, const std::string& gateway, const std::string& imei,
                   const std::string& token);
// Gateway side: true while `token` holds the watch.
bool relay_holds(redis::Client& r, const std::string& imei, const std::string& token);
// Gateway side, at start: the watches a previous run of this gateway still held (it died
// without closing them), as {imei, token}; release each once it is marked offline.
std::vector<std::pair<std::string, std::string>> relay_orphans(redis::Client& r,
                                                               const std::string& gateway);
// Gateway side: the watch acknowledged the command.
void relay_answer(redis::Client& r, long long command_id);

// API side: tells the gateways that the watch's box has news; false when no gateway holds the
// watch (the box waits for its next LK).
bool relay_announce(redis::Client& r, const std::string& imei);
// API side: relay_announce, then waits up to `wait_ms` for the watch to acknowledge command
// `id` (queued in a transaction committed before). False when no gateway holds the watch or no
// answer came in time (the command stays in the box). Opens its own Redis connection: the wait
// outlasts the usual client timeout.
bool relay_deliver(const std::string& imei, long long id, int wait_ms);

}  // namespace watch
