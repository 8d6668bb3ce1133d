// Counters in Redis that limit how often something may happen per account, phone or IP
// (failed logins, SMS sends). Shared by every app process, so the limit holds across hosts.
#pragma once
#include <string>

#include "redis/client.h"

namespace auth {

class Throttle {
 public:
  // `name` is the key below the prefix, e.g. "login:fail:ip:1.2.3.4"; the counter lives
  // `window` seconds from its first hit.
  Throttle(redis::Client& r, const std::string& name, long window)
      : r_(r), key_(r.key("throttle:" + name)), window_(window) {}
  long count();
  // Adds one and returns the new count.
  long hit();
  bool reached(long limit) { return count() >= limit; }
  void reset();

 private:
  redis::Client& r_;
  std::string key_;
  long window_;
};

}  // namespace auth
