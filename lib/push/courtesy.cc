#include "push/courtesy.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "db/in_list.h"

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

std::vector<bool> take_daily_sms(db::Connection& db, const Policy& p,
                                 const std::vector<std::string>& mobiles, const std::string& day) {
  std::vector<bool> granted(mobiles.size(), false);
  if (mobiles.empty()) return granted;
  std::set<std::string> distinct(mobiles.begin(), mobiles.end());
  std::vector<db::Param> keys(distinct.begin(), distinct.end());
  // Create the day's counters, then lock them (in key order, as every sender does) and decide.
  db.query(
      "INSERT IGNORE INTO push_sms_day (mobile, day, sent) SELECT m.mobile, ?, 0 FROM "
      "JSON_TABLE(?, '$[*]' COLUMNS (mobile VARCHAR(64) PATH '$')) m",
      day, nlohmann::json(distinct).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  auto r = db::each_in(db, "SELECT mobile, sent FROM push_sms_day WHERE day = ? AND mobile IN ",
                       {day}, keys, " ORDER BY mobile FOR UPDATE");
  std::map<std::string, long long> sent;
  for (const auto& row : r.rows) sent[row.str(0)] = row.i64(1);
  std::map<std::string, long long> taken;
  for (size_t i = 0; i < mobiles.size(); ++i) {
    auto& n = sent[mobiles[i]];
    if (n < p.daily_sms) {
      ++n;
      ++taken[mobiles[i]];
      granted[i] = true;
    }
  }
  std::map<long long, std::vector<db::Param>> by_count;  // one UPDATE per distinct increment
  for (const auto& [m, k] : taken) by_count[k].emplace_back(m);
  for (const auto& [k, ms] : by_count)
    db::each_in(db, "UPDATE push_sms_day SET sent = sent + ? WHERE day = ? AND mobile IN ",
                {k, day}, ms);
  return granted;
}

}  // namespace push
