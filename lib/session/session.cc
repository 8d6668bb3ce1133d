#include "session/session.h"

#include <cstdlib>

#include "core/config.h"
#include "core/token.h"
#include "session/user_card.h"

namespace session {

Lifetimes Lifetimes::from_config() {
  const auto& c = core::Config::get();
  return {c.num("web", "session_ttl", 86400), c.num("web", "remember_ttl", 604800)};
}

bool well_formed_id(const std::string& id) {
  if (id.size() != 32) return false;
  for (char ch : id)
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
  return true;
}

namespace {

std::vector<std::string>& watched_counters() {
  static std::vector<std::string> names;
  return names;
}

}  // namespace

void watch_counter(const std::string& name) {
  auto& names = watched_counters();
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

std::optional<Session> Store::load(const std::string& id) {
  if (!well_formed_id(id)) return std::nullopt;
  // One round trip reads the session and keeps it, its index entry and the index alive
  // together (the SADD also indexes sessions from before the index existed), and reads the
  // user's card with the generation it must carry, and the watched counters. Keys built in
  // the script from the uid it reads are given by their prefixes: KEYS[2] the index, KEYS[3]
  // the user's generation, KEYS[4] the card; KEYS[5] is the generation of every card, the
  // keys after it are the counters.
  static const std::string load_and_touch = R"lua(
local v = redis.call('HGETALL', KEYS[1])
if #v == 0 then return {v} end
local counters = {}
for i = 6, #KEYS do counters[#counters + 1] = redis.call('GET', KEYS[i]) or '' end
local uid, remember = 0, false
for i = 1, #v, 2 do
  if v[i] == 'uid' then uid = tonumber(v[i + 1]) or 0 end
  if v[i] == 'remember' then remember = v[i + 1] == '1' end
end
redis.call('EXPIRE', KEYS[1], remember and ARGV[2] or ARGV[1])
if uid <= 0 then return {v, '', {}, counters} end
local idx = KEYS[2] .. uid
redis.call('SADD', idx, ARGV[3])
redis.call('EXPIRE', idx, ARGV[4])
local gen = (redis.call('GET', KEYS[3] .. uid) or '0') .. '.' .. (redis.call('GET', KEYS[5]) or '0')
return {v, gen, redis.call('HGETALL', KEYS[4] .. uid), counters}
)lua";
  const auto& names = watched_counters();
  std::vector<std::string> args{"EVAL",
                                load_and_touch,
                                std::to_string(5 + names.size()),
                                key(id),
                                index_prefix(),
                                r_.key(kUserGenPrefix),
                                r_.key(kCardPrefix),
                                r_.key(kAllUsersGen)};
  for (const auto& n : names) args.push_back(r_.key(n));
  for (const auto& a :
       {std::to_string(t_.idle), std::to_string(t_.remember), id, std::to_string(index_ttl())})
    args.push_back(a);
  auto reply = r_.cmd(args);
  if (reply.items.empty() || reply.items[0].items.empty()) return std::nullopt;
  const auto& v = reply.items[0];
  Session s;
  s.id = id;
  if (reply.items.size() == 4) {
    s.card_gen = reply.items[1].str;
    const auto& card = reply.items[2].items;
    for (size_t i = 0; i + 1 < card.size(); i += 2) s.card[card[i].str] = card[i + 1].str;
    // A card made before the last change of its user (or of every user) is not theirs now.
    if (s.card_gen.empty() || s.card["gen"] != s.card_gen) s.card.clear();
    const auto& counters = reply.items[3].items;
    for (size_t i = 0; i < names.size() && i < counters.size(); ++i)
      s.counters[names[i]] = counters[i].str;
  }
  for (size_t i = 0; i + 1 < v.items.size(); i += 2) {
    const auto& f = v.items[i].str;
    const auto& val = v.items[i + 1].str;
    if (f == "uid")
      s.user_id = std::stoll(val);
    else if (f == "remember")
      s.remember = val == "1";
    else if (f == "csrf")
      s.csrf = val;
    else
      s.data[f] = val;
  }
  return s;
}

Session Store::create() {
  Session s;
  s.id = core::random_hex(16);
  s.csrf = core::random_hex(16);
  save(s);
  return s;
}

void Store::save(const Session& s) {
  std::vector<std::string> args{
      "HSET", key(s.id), "uid", std::to_string(s.user_id), "remember", s.remember ? "1" : "0",
      "csrf", s.csrf};
  for (const auto& [f, v] : s.data) {
    args.push_back(f);
    args.push_back(v);
  }
  r_.cmd(args);
  r_.cmd({"EXPIRE", key(s.id), std::to_string(ttl(s))});
  if (s.user_id > 0) index(s);
}

void Store::index(const Session& s) {
  std::string idx = index_key(s.user_id);
  // Prune ids whose session expired so the set stays as small as the user's live sessions.
  for (const auto& m : r_.cmd({"SMEMBERS", idx}).items)
    if (m.str != s.id && r_.cmd({"EXISTS", key(m.str)}).num == 0) r_.cmd({"SREM", idx, m.str});
  r_.cmd({"SADD", idx, s.id});
  r_.cmd({"EXPIRE", idx, std::to_string(index_ttl())});
}

std::vector<std::string> Store::user_sessions(long long user_id) {
  std::vector<std::string> out;
  for (const auto& m : r_.cmd({"SMEMBERS", index_key(user_id)}).items) out.push_back(m.str);
  return out;
}

int Store::end_user_sessions(long long user_id, const std::string& keep) {
  int ended = 0;
  std::string idx = index_key(user_id);
  for (const auto& id : user_sessions(user_id)) {
    if (id == keep) continue;
    if (well_formed_id(id)) ended += static_cast<int>(r_.cmd({"DEL", key(id)}).num);
    r_.cmd({"SREM", idx, id});
  }
  return ended;
}

void Store::set(Session& s, const std::string& field, const std::string& value) {
  s.data[field] = value;
  r_.cmd({"HSET", key(s.id), field, value});
}

void Store::erase(Session& s, const std::string& field) {
  s.data.erase(field);
  r_.cmd({"HDEL", key(s.id), field});
}

void Store::destroy(const std::string& id) {
  if (!well_formed_id(id)) return;
  auto uid = r_.cmd({"HGET", key(id), "uid"});
  r_.cmd({"DEL", key(id)});
  long long user_id = uid.nil() ? 0 : std::atoll(uid.str.c_str());
  if (user_id > 0) r_.cmd({"SREM", index_key(user_id), id});
}

Session Store::rotate(const Session& old, long long user_id, bool remember) {
  Session s;
  s.id = core::random_hex(16);
  s.csrf = core::random_hex(16);
  s.user_id = user_id;
  s.remember = remember;
  s.data = old.data;  // e.g. a WeChat openid waiting to be bound survives the login
  save(s);
  if (!old.id.empty()) destroy(old.id);
  return s;
}

}  // namespace session
