#include "core/clock.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/config.h"
#include "core/time_text.h"

namespace core {

void use_business_timezone() {
  auto tz = Config::get().str("site", "timezone", "Asia/Shanghai");
  setenv("TZ", tz.c_str(), 1);
  tzset();
}

std::time_t now() {
  if (const char* fake = std::getenv("YAOCAI_NOW"); fake && *fake) return std::atoll(fake);
  return std::time(nullptr);
}

std::string date_of(std::time_t t) { return local_time_text(t, "%Y-%m-%d"); }

std::string today() { return date_of(now()); }

int hour_of(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm.tm_hour;
}

bool valid_date(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return false;
  int y = std::atoi(date.substr(0, 4).c_str()), m = std::atoi(date.substr(5, 2).c_str()),
      d = std::atoi(date.substr(8, 2).c_str());
  if (y < 1970 || m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string add_days(const std::string& date, int days) {
  std::tm tm{};
  tm.tm_year = std::atoi(date.substr(0, 4).c_str()) - 1900;
  tm.tm_mon = std::atoi(date.substr(5, 2).c_str()) - 1;
  tm.tm_mday = std::atoi(date.substr(8, 2).c_str()) + days;
  tm.tm_hour = 12;  // noon: immune to any DST shift of the zone
  tm.tm_isdst = -1;
  std::time_t t = std::mktime(&tm);
  return date_of(t);
}

std::string utc_offset() {
  std::time_t t = now();
  std::tm tm{};
  localtime_r(&t, &tm);
  long off = tm.tm_gmtoff;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", off < 0 ? '-' : '+', std::labs(off) / 3600,
                (std::labs(off) % 3600) / 60);
  return buf;
}

}  // namespace core
