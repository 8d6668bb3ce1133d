// Followed varieties (关注品种): a supplier's quote adds its variety; the member edits the list
// in /my/settings.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace market {

inline constexpr int kMaxFollowed = 50;

struct Followed {
  long long variety_id = 0;
  std::string name;
};

std::vector<Followed> followed_varieties(db::Connection& db, long long user_id);
// Follows the variety named `key` (name, alias or id). BadRequest (field "variety") when it is
// unknown or the list is full; following one twice changes nothing.
void follow_variety(db::Connection& db, long long user_id, const std::string& key);
// Drops one of the user's own followed varieties (someone else's rows cannot be named).
void unfollow_variety(db::Connection& db, long long user_id, long long variety_id);

}  // namespace market
