#include "push/courtesy.h"

namespace push {
namespace {

// `hour`:00 on the business day of `t` plus `days`.
std::time_t at_hour(std::time_t t, int days, int hour) {
  std::tm tm{};
  localtime_r(&t, &tm);
  tm.tm_mday += days;
  tm.tm_hour = hour;
  tm.tm_min = tm.tm_sec = 0;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

}  // namespace

std::time_t courtesy_time(const Policy& p, std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  int h = tm.tm_hour;
  bool quiet = p.quiet_start > p.quiet_end ? (h >= p.quiet_start || h < p.quiet_end)
                                           : (h >= p.quiet_start && h < p.quiet_end);
  if (!quiet) return t;
  // Evening: tomorrow morning; after midnight: this morning.
  return at_hour(t, h >= p.quiet_end && p.quiet_start > p.quiet_end ? 1 : 0, p.quiet_end);
}

std::time_t next_morning(const Policy& p, std::time_t t) { return at_hour(t, 1, p.quiet_end); }

bool take_daily_sms(db::Connection& db, const Policy& p, const std::string& mobile,
                    const std::string& day) {
  db.query("INSERT IGNORE INTO push_sms_day (mobile, day, sent) VALUES (?, ?, 0)", mobile, day);
  auto r =
      db.query("UPDATE push_sms_day SET sent = sent + 1 WHERE mobile = ? AND day = ? AND sent < ?",
               mobile, day, p.daily_sms);
  return r.affected == 1;
}

}  // namespace push
