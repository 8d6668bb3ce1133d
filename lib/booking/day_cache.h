// The shared part of a day grid (rooms and bookings with booker names) cached in Redis: grid
// pages are read far more than written (spec §8), so a hit costs one Redis round trip and no
// database query. Writers call changed() after their transaction commits.
//
// Keys carry version numbers: a date's and an "every date" one (rooms, booker names). A
// change gives the version a new, never reused value, so the next read misses and loads fresh
// data; a reader that loaded before the commit stores under the old version, which no one
// reads any more — it cannot put stale data back under the current key.
//
// Each process also keeps the days it decoded, each with the random token stored at the head
// of its Redis entry. A read sends that token along; when the versions still name an entry
// with the same token, Redis answers with the versions alone and the process reuses its copy
// (no transfer, no JSON parse). The token, not the version numbers, identifies the data, so a
// flushed Redis that reuses version numbers cannot revive an old copy; the copy also lapses
// when its Redis entry would have expired.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "booking/grid.h"
#include "db/connection.h"
#include "redis/client.h"

namespace booking {

class DayCache {
 public:
  // `db` is where misses load from; its database name is part of every key, so two
  // databases behind one Redis never see each other's entries.
  DayCache(redis::Client& r, db::Connection& db);

  // The day from Redis, else from the database (and stored). Redis down: the database.
  Day day(const std::string& date);
  // The same, shared with other requests of this process (no copy).
  std::shared_ptr<const Day> shared_day(const std::string& date);
  // The versions the day is stored under ("<every date>:<date>"), which change with whatever
  // the day's grid shows: what is kept of pages showing the day names them. nullopt when
  // Redis cannot say.
  std::optional<std::string> version(const std::string& date);
  // Bookings of `date` changed (after the commit).
  void changed(const std::string& date);
  // Something every date shows changed: a room was created, edited or (de)activated, or a
  // booker's name changed.
  void changed_all();

 private:
  void bump(const std::string& version_key, long ttl);
  std::string ns(const std::string& k) const { return r_.key("booking:" + db_name_ + ":" + k); }
  redis::Client& r_;
  db::Connection& db_;
  std::string db_name_;
  long ttl_;  // seconds a cached day lives (a bound on staleness if an invalidation is lost)
};

}  // namespace booking
