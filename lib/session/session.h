// Server-side sessions in Redis, like tornado-redis-session: the cookie carries only a
// 128-bit random id; everything else lives in a Redis hash that expires when idle.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "redis/client.h"

namespace session {

struct Session {
  std::string id;
  long long user_id = 0;  // 0: anonymous
  bool remember = false;  // "记住我": 7-day lifetime and a persistent cookie
  std::string csrf;       // the token every POST must echo
  std::map<std::string, std::string> data;  // other values (WeChat nonce, pending binding...)
};

struct Lifetimes {
  long idle = 86400;       // seconds an ordinary session lives after its last use
  long remember = 604800;  // seconds a remembered login lives
  static Lifetimes from_config();
};

class Store {
 public:
  Store(redis::Client& r, Lifetimes t) : r_(r), t_(t) {}
  // The live session with this id, its expiry pushed forward; nullopt if unknown or expired.
  std::optional<Session> load(const std::string& id);
  // A new anonymous session with a fresh id and CSRF token, already saved.
  Session create();
  // Writes every field of `s` and (re)sets its expiry.
  void save(const Session& s);
  void set(Session& s, const std::string& field, const std::string& value);
  void erase(Session& s, const std::string& field);
  void destroy(const std::string& id);
  // Login: the old id dies and a new one carries the user (defends against session fixation).
  Session rotate(const Session& old, long long user_id, bool remember);
  long ttl(const Session& s) const { return s.remember ? t_.remember : t_.idle; }

 private:
  std::string key(const std::string& id) const { return r_.key("sess:" + id); }
  redis::Client& r_;
  Lifetimes t_;
};

// A session id as we issue them: 32 lowercase hex characters. Anything else is ignored
// without a Redis round trip.
bool well_formed_id(const std::string& id);

}  // namespace session
