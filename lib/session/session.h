// Server-side sessions in Redis, like tornado-redis-session: the cookie carries only a
// 128-bit random id; everything else lives in a Redis hash that expires when idle.
#pragma once
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "redis/client.h"

namespace session {

struct Session {
  std::string id;
  long long user_id = 0;                    // 0: anonymous
  bool remember = false;                    // "记住我": 7-day lifetime and a persistent cookie
  std::string csrf;                         // the token every POST must echo
  std::map<std::string, std::string> data;  // other values (WeChat nonce, pending binding...)
  // The logged-in user's card (session/user_card.h), read in the same round trip: its fields
  // when it is current (else empty), and the generation a card made now must carry.
  std::map<std::string, std::string> card;
  std::string card_gen;
  // The counters registered with watch_counter, read in the same round trip: by name, ""
  // when unset.
  std::map<std::string, std::string> counters;
};

// Registers a Redis counter (a key name below the configured prefix) that Store::load reads
// with every session, so a module whose cached data follows the counter (site::snapshot)
// costs a page no round trip of its own. Call at start-up, before serving.
void watch_counter(const std::string& name);

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
  // Writes every field of `s` and (re)sets its expiry; a logged-in session joins its user's
  // index.
  void save(const Session& s);
  void set(Session& s, const std::string& field, const std::string& value);
  void erase(Session& s, const std::string& field);
  // Deletes the session and drops it from its user's index.
  void destroy(const std::string& id);
  // Login: the old id dies and a new one carries the user (defends against session fixation).
  Session rotate(const Session& old, long long user_id, bool remember);
  long ttl(const Session& s) const { return s.remember ? t_.remember : t_.idle; }

  // Ends every session of `user_id` except `keep` (the one that changed the password, say);
  // returns how many were still alive. Used after a password change or reset and when an
  // admin disables the account.
  int end_user_sessions(long long user_id, const std::string& keep = "");
  // The ids in `user_id`'s index: their live sessions, plus ones expired since the last prune.
  std::vector<std::string> user_sessions(long long user_id);

 private:
  std::string key(const std::string& id) const { return r_.key("sess:" + id); }
  // A Redis set per user of their session ids. It expires no sooner than any session in it
  // (every load of a logged-in session pushes both expiries), and dead ids are pruned at login.
  std::string index_prefix() const { return r_.key("user_sessions:"); }
  std::string index_key(long long user_id) const {
    return index_prefix() + std::to_string(user_id);
  }
  long index_ttl() const { return std::max(t_.idle, t_.remember); }
  void index(const Session& s);
  redis::Client& r_;
  Lifetimes t_;
};

// A session id as we issue them: 32 lowercase hex characters. Anything else is ignored
// without a Redis round trip.
bool well_formed_id(const std::string& id);

}  // namespace session
