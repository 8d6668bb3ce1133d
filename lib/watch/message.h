// Circle messages (家庭圈消息): a member or a watch says something to the whole circle. Every
// message is kept for the apps (GET …/messages, and a `message` event in the feed); text and
// voice also go to each watch of the circle as a command (MESSAGE / TK), in order in its box.
// The protocol has no frame for pictures, so images reach the apps only.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.h"
#include "watch/command.h"

namespace watch {

struct Message {
  long long id = 0, circle_id = 0, user_id = 0;  // user 0: a watch sent it
  std::string imei, kind, body, media;           // kind: text, voice, image
  int seconds = 0;
  std::string created_at;  // UTC DATETIME
  std::string sender;      // the member's name in the circle, or the watch's name
};

// What a member posts; exactly one of text, AMR voice bytes or image bytes.
struct Post {
  std::string text;
  std::string_view voice, image;
};

// Checks and stores `post` from member `user` (BadRequest naming the field: text, voice or
// image), then in one transaction saves the message, its feed event and a command per watch.
// Files are written before the transaction (content-addressed: an unused one harms nothing).
// Returns the message and the commands queued.
struct Posted {
  Message message;
  std::vector<Command> commands;
};
Posted post_message(db::Connection& db, long long circle_id, long long user, const Post& post);
// A voice message a watch recorded (the gateway's TK frames, joined): to the circle's feed and
// to the circle's other watches. NotFound when the watch is in no circle.
Posted watch_voice(db::Connection& db, const std::string& imei, std::string_view amr);

// Messages with id < `before` (0: from the newest), at most `limit`, newest first.
std::vector<Message> messages(db::Connection& db, long long circle_id, long long before, int limit);
nlohmann::json message_json(const Message& m);

}  // namespace watch
