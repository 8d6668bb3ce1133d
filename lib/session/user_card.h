// A logged-in user's card: what every page needs of its visitor (the user record, the unread
// badge), kept in Redis next to the session and read with it in one round trip
// (Store::load), so a page asks the database nothing about who is looking.
//
// Exact, like the page copies: a card carries the generation it was made at, the user's own
// counter plus one counter of every user, and counts only while both are unchanged. Whatever
// changes what a card shows raises its user's counter (or every user's) after its commit,
// through db::Connection::after_commit, so the very next request makes the card afresh.
#pragma once
#include <map>
#include <string>

#include "db/connection.h"
#include "redis/client.h"

namespace session {

// Key names below the configured prefix (the card's and the user counter's end in the id).
inline constexpr const char* kCardPrefix = "user_card:";
inline constexpr const char* kUserGenPrefix = "user_gen:";
inline constexpr const char* kAllUsersGen = "users_gen";

// After `db`'s current transaction commits (at once outside one): the cards of `user_id`
// (every user's when 0) are stale. Call next to the write that changes the user's row,
// avatar, notifications or notices.
void user_changed(db::Connection& db, long long user_id);
// The same, now: for writes made outside db::Connection (tests, scripts).
void user_changed_now(redis::Client& r, long long user_id);

// Stores `fields` as the card of `user_id` if its generation is still `gen` (what Store::load
// read before the fields were), so a change made meanwhile is never hidden.
void keep_card(redis::Client& r, long long user_id, const std::string& gen,
               const std::map<std::string, std::string>& fields);

}  // namespace session
