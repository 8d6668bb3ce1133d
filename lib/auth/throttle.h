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
  // Adds one and returns the new count. Count first, then decide on the returned value:
  // parallel requests each get their own number, so none slips past the limit.
  long hit();
  // Takes back one hit (an attempt that turned out not to count, such as a good login).
  void undo();
  bool reached(long limit) { return count() >= limit; }
  void reset();

 private:
  redis::Client& r_;
  std::string key_;
  long window_;
};

}  // namespace auth
