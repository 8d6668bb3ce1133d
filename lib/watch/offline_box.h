// The offline box as the device gateway (bin/yaocai-watchd) works it. A command waits here
// from the moment it is queued (watch/command.h) until the watch acknowledges it:
//   queued --mark_sent--> sent --acknowledge--> acked
//   queued --(a newer setting of its type / more than kBoxMessages messages)--> replaced/expired
//   sent --return_unacknowledged (the connection closed)--> queued again, or replaced when a
//          newer command of its type took the slot meanwhile
// The gateway drains the box after a watch's LK and whenever announce() says there is news.
#pragma once
#include <limits>
#include <string>
#include <vector>

#include "db/connection.h"
#include "redis/client.h"
#include "watch/command.h"

namespace watch {

// The commands waiting for the watch, in the order they go out (oldest first), at most `limit`.
std::vector<Command> offline_box(db::Connection& db, const std::string& imei,
                                 long long limit = std::numeric_limits<long long>::max());
// The gateway is writing command `id` to the watch: queued → sent. False when it left the box
// meanwhile (replaced, expired, or another gateway took it): then do not send it.
bool mark_sent(db::Connection& db, long long id);
// Command `id` cannot be written in the watch's protocol: queued → expired (false when it is
// not queued any more).
bool expire(db::Connection& db, long long id);
// The watch acknowledged command `id`: queued or sent → acked, once (false after that, and for
// a command of another watch). This is what wakes a waiting send_command().
bool acknowledge(db::Connection& db, const std::string& imei, long long id);
// The watch answered with `frame` (CR, PHB, REMIND, TK ...; the protocol names no command id):
// acknowledges the oldest sent command of a type with that frame. Its id, or 0.
long long acknowledge_frame(db::Connection& db, const std::string& imei, const std::string& frame);
// The connection closed before the watch acknowledged what was sent: those commands go back
// into the box, except settings a newer request of their type replaced. How many went back.
int return_unacknowledged(db::Connection& db, const std::string& imei);
// The same for the commands `sent` of one connection only (the gateway's list of what it wrote
// that the watch never answered): a newer connection's commands stay as they are.
int return_unacknowledged(db::Connection& db, const std::string& imei,
                          const std::vector<long long>& sent);
// Tells the gateway holding the watch (watch/relay.h) that its box has something new.
void announce(redis::Client& r, const std::string& imei);

}  // namespace watch
