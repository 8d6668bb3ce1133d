#include "session/user_card.h"

#include <vector>

namespace session {
namespace {

// A user counter outlives every card made at it (kCardTtl), so it never restarts from zero
// under a card that would then count again.
constexpr const char* kCardTtl = "86400";
constexpr const char* kGenTtl = "1209600";

}  // namespace

void user_changed_now(redis::Client& r, long long user_id) {
  if (user_id <= 0) {
    r.cmd({"INCR", r.key(kAllUsersGen)});
    return;
  }
  std::string k = r.key(kUserGenPrefix + std::to_string(user_id));
  r.cmd({"INCR", k});
  r.cmd({"EXPIRE", k, kGenTtl});
}

void user_changed(db::Connection& db, long long user_id) {
  db.after_commit([user_id] { user_changed_now(redis::local(), user_id); });
}

void keep_card(redis::Client& r, long long user_id, const std::string& gen,
               const std::map<std::string, std::string>& fields) {
  static const std::string keep = R"lua(
local now = (redis.call('GET', KEYS[2]) or '0') .. '.' .. (redis.call('GET', KEYS[3]) or '0')
if now ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'gen', ARGV[1], unpack(ARGV, 3))
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
)lua";
  std::string id = std::to_string(user_id);
  std::vector<std::string> args{"EVAL",
                                keep,
                                "3",
                                r.key(kCardPrefix + id),
                                r.key(kUserGenPrefix + id),
                                r.key(kAllUsersGen),
                                gen,
                                kCardTtl};
  for (const auto& [k, v] : fields) {
    if (k == "gen") continue;
    args.push_back(k);
    args.push_back(v);
  }
  r.cmd(args);
}

}  // namespace session
