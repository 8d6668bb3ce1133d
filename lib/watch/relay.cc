#include "watch/relay.h"

#include <algorithm>
#include <cstdio>

namespace watch {

std::string relay_at_key(const std::string& imei) { return "watch:at:" + imei; }
std::string relay_held_key(const std::string& gateway) { return "watch:held:" + gateway; }
std::string relay_answer_key(long long id) { return "watch:answer:" + std::to_string(id); }

std::string gateway_of_token(const std::string& token) {
  auto hash = token.rfind('#');
  return hash == std::string::npos ? "" : token.substr(0, hash);
}

void relay_register(redis::Client& r, const std::string& gateway, const std::string& imei,
                    const std::string& token) {
  r.cmd({"SET", r.key(relay_at_key(imei)), token});
  r.cmd({"SADD", r.key(relay_held_key(gateway)), imei});
}

bool relay_release(redis::Client& r, const std::string& gateway, const std::string& imei,
                   const std::string& token) {
  // Compare and delete in one step: a reconnect elsewhere may have replaced the token.
  static const std::string script =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end"
      " return 0";
  auto v = r.cmd({"EVAL", script, "1", r.key(relay_at_key(imei)), token});
  r.cmd({"SREM", r.key(relay_held_key(gateway)), imei});
  return v.num == 1;
}

bool relay_holds(redis::Client& r, const std::string& imei, const std::string& token) {
  auto at = r.cmd({"GET", r.key(relay_at_key(imei))});
  return !at.nil() && at.str == token;
}

std::vector<std::pair<std::string, std::string>> relay_orphans(redis::Client& r,
                                                               const std::string& gateway) {
  std::vector<std::pair<std::string, std::string>> out;
  auto held = r.cmd({"SMEMBERS", r.key(relay_held_key(gateway))});
  for (const auto& item : held.items) {
    const std::string& imei = item.str;
    auto at = r.cmd({"GET", r.key(relay_at_key(imei))});
    if (!at.nil() && gateway_of_token(at.str) == gateway)
      out.emplace_back(imei, at.str);
    else
      r.cmd({"SREM", r.key(relay_held_key(gateway)), imei});
  }
  return out;
}

void relay_answer(redis::Client& r, long long id) {
  std::string key = r.key(relay_answer_key(id));
  r.cmd({"RPUSH", key, "acked"});
  r.cmd({"EXPIRE", key, "60"});
}

bool relay_announce(redis::Client& r, const std::string& imei) {
  auto at = r.cmd({"GET", r.key(relay_at_key(imei))});
  if (at.nil()) return false;
  r.cmd({"PUBLISH", r.key(kRelayBoxChannel), imei});
  return true;
}

bool relay_deliver(const std::string& imei, long long id, int wait_ms) {
  auto settings = redis::Settings::from_config();
  settings.timeout_ms = std::max(settings.timeout_ms, wait_ms + 2000);
  redis::Client r(settings);
  if (!relay_announce(r, imei) || wait_ms <= 0) return false;
  // BLPOP counts in seconds (fractions allowed since Redis 6).
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", wait_ms / 1000.0);
  auto v = r.cmd({"BLPOP", r.key(relay_answer_key(id)), secs});
  return !v.nil();
}

}  // namespace watch
