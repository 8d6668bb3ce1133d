// Watch times. Watches report UTC and every watch_* column holds UTC; the API answers ISO 8601
// with a Z, and track days are business dates (core::date_of).
#pragma once
#include <ctime>
#include <optional>
#include <string>

namespace watch {

// "YYYY-MM-DD HH:MM:SS" in UTC, for DATETIME columns.
std::string utc_sql(std::time_t t);
// A DATETIME column read back (UTC) as seconds since the epoch.
std::time_t from_utc_sql(const std::string& s);
// "2026-12-02T05:50:00Z".
std::string iso(std::time_t t);
// A UTC DATETIME column as ISO 8601; "" stays "".
std::string iso_of_sql(const std::string& s);
// A UTC DATETIME column as staff read it: "2026-12-02 13:50" in the business zone; "" stays "".
std::string local_of_sql(const std::string& s);
// A time parameter: ISO 8601 UTC ("2026-12-02T05:50:00Z") or seconds since the epoch.
std::optional<std::time_t> parse_time(const std::string& s);
// The business day [start, end) of a "YYYY-MM-DD" date, as UTC instants.
std::pair<std::time_t, std::time_t> day_bounds(const std::string& date);

}  // namespace watch
