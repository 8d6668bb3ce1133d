// The marketplace's key indicators (spec §2, admin pages): by week of a month (days 1–7,
// 8–14, 15–21, 22–28, 29–end), and the business path from push to accepted quote.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace push {

struct WeekStats {
  int week = 0;          // 1..5
  std::string from, to;  // "YYYY-MM-DD", inclusive
  long long new_users = 0, publishers = 0, quoters = 0, new_items = 0;
  double items_quoted = 0;     // % of the week's new items with a quote
  double quotes_per_item = 0;  // quotes per quoted item
  double hours_to_quote = 0;   // mean hours from publishing to the first quote
  double items_accepted = 0;   // % of the week's new items with an accepted quote
  double quotes_replied = 0;   // % of the week's quotes the buyer answered
  double quotes_accepted = 0;  // % of the week's quotes accepted
  double hours_to_reply = 0;   // mean hours from quote to reply
};

// True for "YYYY-MM" naming a real month.
bool valid_month(const std::string& month);
std::vector<WeekStats> month_stats(db::Connection& db, const std::string& month);

struct PathStep {
  std::string label;
  long long count = 0;
};
// 推送 → 送达 → 点击 → 注册 → 报价 → 认可 for the rounds made in `month`.
std::vector<PathStep> business_path(db::Connection& db, const std::string& month);

}  // namespace push
