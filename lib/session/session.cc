#include "session/session.h"

#include "core/config.h"
#include "core/token.h"

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

std::optional<Session> Store::load(const std::string& id) {
  if (!well_formed_id(id)) return std::nullopt;
  auto v = r_.cmd({"HGETALL", key(id)});
  if (v.items.empty()) return std::nullopt;
  Session s;
  s.id = id;
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
  r_.cmd({"EXPIRE", key(id), std::to_string(ttl(s))});
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
  std::vector<std::string> args{"HSET", key(s.id), "uid", std::to_string(s.user_id),
                                "remember", s.remember ? "1" : "0", "csrf", s.csrf};
  for (const auto& [f, v] : s.data) {
    args.push_back(f);
    args.push_back(v);
  }
  r_.cmd(args);
  r_.cmd({"EXPIRE", key(s.id), std::to_string(ttl(s))});
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
  if (well_formed_id(id)) r_.cmd({"DEL", key(id)});
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
