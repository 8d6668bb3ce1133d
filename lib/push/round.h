// Push rounds (spec §2, "Who is pushed"): who receives an item, and making one round of it
// per channel with its recipients, their tracked-link tokens and their outbox messages.
#pragma once
#include <ctime>
#include <string>

#include "db/connection.h"
#include "push/policy.h"

namespace push {

enum class Channel { sms, wechat };
const char* channel_name(Channel c);

// The purchase item a round pushes, with what the recipient rules and the message need.
struct PushItem {
  long long id = 0, purchase_id = 0, buyer_id = 0, variety_id = 0;
  std::string buyer_phone, variety_name, spec, quantity, unit;
  bool open = false;  // accepts quotes now
};
// NotFound for an unknown item.
PushItem load_item(db::Connection& db, long long item_id, const std::string& now);

enum class RoundOutcome { made, again, limit, nobody, closed };
struct RoundResult {
  RoundOutcome outcome = RoundOutcome::nobody;
  long long round_id = 0;
  int round_no = 0, recipients = 0;
};

// Makes the next round of `item_id` on `channel`: at most max_rounds per item and channel
// (the unique key and CHECK of push_round decide races), at most round_cap recipients, each
// with a token and a waiting outbox message (SMS held until the end of quiet hours): the first
// outbox_chunk of them written with the round, the rest by take_due (round_outbox.h).
// `request_key` names the request (a queue entry id): the same key again returns the round it
// made (outcome again) instead of a new one, so a replayed queue entry pushes nobody twice.
RoundResult make_round(db::Connection& db, const Policy& p, long long item_id, Channel channel,
                       const std::string& reason, const std::string& request_key, std::time_t now);

// The SMS text of a push: the item and the tracked link, ending with 回T退订.
std::string sms_text(const PushItem& item, const std::string& link);
// The tracked link of a recipient token: <base_url>/t/<token>.
std::string tracked_link(const std::string& token);

}  // namespace push
