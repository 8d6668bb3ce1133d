#include "market/clock.h"

#include <cstdio>

#include "core/clock.h"
#include "core/time_text.h"

namespace market {

std::string datetime_of(std::time_t t) { return core::local_time_text(t, "%Y-%m-%d %H:%M:%S"); }

std::time_t parse_datetime(const std::string& s) {
  std::tm tm{};
  if (std::sscanf(s.c_str(), "%d-%d-%d %d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec) < 3)
    return 0;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

std::string week_start(const std::string& date) {
  std::tm tm{};
  std::sscanf(date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  tm.tm_hour = 12;  // noon: no DST edge can move the day
  std::mktime(&tm);
  int back = (tm.tm_wday + 6) % 7;  // Monday = 0
  return core::add_days(date, -back);
}

std::string now() { return datetime_of(core::now()); }

std::string short_time(const std::string& dt) { return dt.size() >= 16 ? dt.substr(5, 11) : dt; }

}  // namespace market
