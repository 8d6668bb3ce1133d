// Marketplace time values as the database stores them: DATETIME text in the business zone.
#pragma once
#include <ctime>
#include <string>

namespace market {

// "YYYY-MM-DD HH:MM:SS" of `t` in the business zone (the process TZ).
std::string datetime_of(std::time_t t);
// The business "now" (core::now()) as DATETIME text: what deadlines are compared with.
std::string now();
std::time_t parse_datetime(const std::string& s);
// The Monday ("YYYY-MM-DD") of the week that contains `date`: quota weeks start on Monday.
std::string week_start(const std::string& date);
// "MM-DD HH:MM" for lists.
std::string short_time(const std::string& datetime);

}  // namespace market
