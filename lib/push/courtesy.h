// Courtesy rules for marketing SMS (spec §2): none between quiet_start and quiet_end in the
// business time zone (held until quiet_end), at most daily_sms per number per business day.
#pragma once
#include <ctime>
#include <string>

#include "db/connection.h"
#include "push/policy.h"

namespace push {

// `t` when it is outside the quiet hours, else the next quiet_end:00 (business zone).
std::time_t courtesy_time(const Policy& p, std::time_t t);
// quiet_end:00 of the business day after `t`: where a message over the daily cap waits.
std::time_t next_morning(const Policy& p, std::time_t t);
// Takes one of `mobile`'s marketing SMS for business day `day` ("YYYY-MM-DD"). False when the
// day's cap is used up. A guarded UPDATE, so parallel senders can never pass the cap.
bool take_daily_sms(db::Connection& db, const Policy& p, const std::string& mobile,
                    const std::string& day);

}  // namespace push
