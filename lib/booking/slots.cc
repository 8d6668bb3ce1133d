#include "booking/slots.h"

#include "core/clock.h"
#include "core/config.h"

namespace booking {

Slots Slots::from_config() {
  const auto& c = core::Config::get();
  Slots s;
  s.first_hour = static_cast<int>(c.num("booking", "first_hour", 8));
  s.last_hour = static_cast<int>(c.num("booking", "last_hour", 20));
  s.horizon_days = static_cast<int>(c.num("booking", "horizon_days", 30));
  // A broken configuration falls back to the spec's defaults rather than an empty grid.
  if (s.first_hour < 0 || s.last_hour > 23 || s.first_hour > s.last_hour) {
    s.first_hour = 8;
    s.last_hour = 20;
  }
  if (s.horizon_days < 0) s.horizon_days = 30;
  return s;
}

std::string Slots::label(int slot) const { return std::to_string(hour(slot)) + ":00"; }

std::string Slots::span(int slot) const {
  return label(slot) + "-" + std::to_string(hour(slot) + 1) + ":00";
}

bool is_past(const std::string& date, int hour, const std::string& today, int now_hour) {
  if (date < today) return true;  // ISO dates compare as strings
  return date == today && hour < now_hour;
}

bool beyond_horizon(const Slots& s, const std::string& date, const std::string& today) {
  return date > core::add_days(today, s.horizon_days);
}

}  // namespace booking
