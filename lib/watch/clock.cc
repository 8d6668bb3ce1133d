#include "watch/clock.h"

#include <cstdio>
#include <cstdlib>

#include "core/time_text.h"

namespace watch {

std::string utc_sql(std::time_t t) { return core::utc_time_text(t, "%Y-%m-%d %H:%M:%S"); }

namespace {

// Digits at s[pos, pos+n) as a number; -1 when any is not a digit.
int digits(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// "YYYY-MM-DD?HH:MM:SS" with any single separator at position 10.
std::optional<std::time_t> parse_fields(const std::string& s) {
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[13] != ':' || s[16] != ':')
    return std::nullopt;
  std::tm tm{};
  int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2),
      mi = digits(s, 14, 2), se = digits(s, 17, 2);
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 ||
      se < 0 || se > 60)
    return std::nullopt;
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = se;
  return timegm(&tm);
}

}  // namespace

std::time_t from_utc_sql(const std::string& s) { return parse_fields(s).value_or(0); }

std::string iso(std::time_t t) { return core::utc_time_text(t, "%Y-%m-%dT%H:%M:%SZ"); }

std::string iso_of_sql(const std::string& s) { return s.empty() ? "" : iso(from_utc_sql(s)); }

std::string local_of_sql(const std::string& s) {
  return s.empty() ? "" : core::local_time_text(from_utc_sql(s), "%Y-%m-%d %H:%M");
}

std::optional<std::time_t> parse_time(const std::string& s) {
  if (!s.empty() && s.size() <= 11 && s.find_first_not_of("0123456789") == std::string::npos)
    return static_cast<std::time_t>(std::atoll(s.c_str()));
  if (s.size() == 20 && s[10] == 'T' && s[19] == 'Z') return parse_fields(s);
  return std::nullopt;
}

std::pair<std::time_t, std::time_t> day_bounds(const std::string& date) {
  // Local midnight `days_later` days after `date` (mktime normalises the 32nd of a month).
  auto midnight = [&date](int days_later) {
    std::tm tm{};
    tm.tm_year = std::atoi(date.substr(0, 4).c_str()) - 1900;
    tm.tm_mon = std::atoi(date.substr(5, 2).c_str()) - 1;
    tm.tm_mday = std::atoi(date.substr(8, 2).c_str()) + days_later;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
  };
  return {midnight(0), midnight(1)};
}

}  // namespace watch
