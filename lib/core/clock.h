// Business time. Dates and "today" are in the configured zone (Asia/Shanghai by default);
// tests move the clock with $YAOCAI_NOW (a Unix timestamp) instead of sleeping.
#pragma once
#include <ctime>
#include <string>

namespace core {

// Sets TZ for the process from [site] timezone; call once at start-up.
void use_business_timezone();
// Seconds since the epoch (honours YAOCAI_NOW when set).
std::time_t now();
// "YYYY-MM-DD" of `t` in the business zone.
std::string date_of(std::time_t t);
// Today's date in the business zone.
std::string today();
// The date `days` after `date` ("YYYY-MM-DD"); negative goes back.
std::string add_days(const std::string& date, int days);
// Parses a strict "YYYY-MM-DD" that names a real day; false otherwise.
bool valid_date(const std::string& date);
// Local hour of `t` in the business zone.
int hour_of(std::time_t t);
// "+08:00": the zone's UTC offset, for MariaDB's time_zone.
std::string utc_offset();

}  // namespace core
