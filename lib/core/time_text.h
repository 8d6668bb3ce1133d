// A moment as text, by a strftime format: in the business zone (the process TZ, see
// core::use_business_timezone) or in UTC. The one place that sizes the buffer.
#pragma once
#include <ctime>
#include <string>

namespace core {

std::string local_time_text(std::time_t t, const char* format);
std::string utc_time_text(std::time_t t, const char* format);

}  // namespace core
