// The day's bookable one-hour slots, from configuration ([booking] first_hour, last_hour,
// horizon_days). Slot ids are 1-based positions in the day (1 = first_hour:00); the database
// stores the start hour so a changed range never re-labels existing bookings.
#pragma once
#include <string>

namespace booking {

struct Slots {
  int first_hour = 8, last_hour = 20, horizon_days = 30;

  // Read from the process configuration.
  static Slots from_config();
  int count() const { return last_hour - first_hour + 1; }
  bool valid(int slot) const { return slot >= 1 && slot <= count(); }
  int hour(int slot) const { return first_hour + slot - 1; }
  int slot_of_hour(int hour) const { return hour - first_hour + 1; }
  // "8:00"
  std::string label(int slot) const;
  // "8:00-9:00"
  std::string span(int slot) const;
};

// Whether the slot starting at `hour` on `date` has ended, given today's date and the hour
// now. A slot in progress is still bookable (a meeting about to start in a free room).
bool is_past(const std::string& date, int hour, const std::string& today, int now_hour);

// Whether `date` lies beyond the booking horizon.
bool beyond_horizon(const Slots& s, const std::string& date, const std::string& today);

}  // namespace booking
