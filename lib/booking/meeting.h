// A user's bookings as meetings: adjacent slots of one room on one date merge into one.
#pragma once
#include <string>
#include <vector>

#include "booking/slots.h"
#include "db/connection.h"

namespace booking {

struct Meeting {
  long long room = 0;
  std::string room_name, location, date, subject;
  int start_hour = 0, end_hour = 0;  // [start, end): 8..10 is 8:00-10:00
  std::vector<int> slots;            // the slot ids it covers
  std::string created_at;            // of its first booking (iCalendar DTSTAMP)
};

// `user`'s bookings that have not ended, from `today` on, merged and in time order.
std::vector<Meeting> upcoming_meetings(db::Connection& db, const Slots& slots, long long user,
                                       const std::string& today, int now_hour);

// Merges rows (room, date, hour) that arrive ordered by date, room, hour; adjacent hours of
// one room make one meeting when they are for the same subject.
struct BookedHour {
  long long room;
  std::string room_name, location, date;
  int hour;
  std::string created_at, subject;
};
std::vector<Meeting> merge(const std::vector<BookedHour>& hours, const Slots& slots);

// A cancellation an admin made on the user's behalf.
struct Notice {
  std::string room_name, date, by, note, created_at;
  int hour = 0;
};
std::vector<Notice> recent_notices(db::Connection& db, long long user, const std::string& today);

}  // namespace booking
