// Courtesy rules for marketing SMS (spec §2): none between quiet_start and quiet_end in the
// business time zone (held until quiet_end), at most daily_sms per number per business day.
#pragma once
#include <ctime>
#include <string>
#include <vector>

#include "db/connection.h"
#include "push/policy.h"

namespace push {

// `t` when it is outside the quiet hours, else the next quiet_end:00 (business zone).
std::time_t courtesy_time(const Policy& p, std::time_t t);
// quiet_end:00 of the business day after `t`: where a message over the daily cap waits.
std::time_t next_morning(const Policy& p, std::time_t t);
// Takes one of today's marketing SMS for each of `mobiles` (a number may repeat) for business
// day `day` ("YYYY-MM-DD"): true where granted, false where the number's daily cap is used up.
// Call inside a transaction: the day's counters stay locked until it ends, so parallel senders
// can never pass the cap.
std::vector<bool> take_daily_sms(db::Connection& db, const Policy& p,
                                 const std::vector<std::string>& mobiles, const std::string& day);

}  // namespace push
