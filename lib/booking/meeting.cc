#include "booking/meeting.h"

#include <algorithm>

#include "core/clock.h"

namespace booking {

std::vector<Meeting> merge(const std::vector<BookedHour>& hours, const Slots& slots) {
  std::vector<Meeting> out;
  for (const auto& h : hours) {
    if (!out.empty()) {
      auto& m = out.back();
      if (m.room == h.room && m.date == h.date && m.end_hour == h.hour && m.subject == h.subject) {
        m.end_hour = h.hour + 1;
        m.slots.push_back(slots.slot_of_hour(h.hour));
        continue;
      }
    }
    Meeting m;
    m.room = h.room;
    m.room_name = h.room_name;
    m.location = h.location;
    m.date = h.date;
    m.subject = h.subject;
    m.start_hour = h.hour;
    m.end_hour = h.hour + 1;
    m.slots.push_back(slots.slot_of_hour(h.hour));
    m.created_at = h.created_at;
    out.push_back(std::move(m));
  }
  // Time order across rooms: by date, then start, then room.
  std::stable_sort(out.begin(), out.end(), [](const Meeting& a, const Meeting& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.start_hour != b.start_hour) return a.start_hour < b.start_hour;
    return a.room < b.room;
  });
  return out;
}

std::vector<Meeting> upcoming_meetings(db::Connection& db, const Slots& slots, long long user,
                                       const std::string& today, int now_hour) {
  auto r = db.query(
      "SELECT b.room_id, r.name, r.location, DATE_FORMAT(b.date, '%Y-%m-%d'), b.hour,"
      " DATE_FORMAT(b.created_at, '%Y-%m-%d %H:%i:%s'), b.subject"
      " FROM booking b JOIN room r ON r.id = b.room_id"
      " WHERE b.user_id = ? AND b.date >= ? ORDER BY b.date, b.room_id, b.hour",
      user, today);
  std::vector<BookedHour> hours;
  for (const auto& row : r.rows) {
    int hour = static_cast<int>(row.i64(4));
    if (is_past(row.str(3), hour, today, now_hour)) continue;
    hours.push_back({row.i64(0), row.str(1), row.str(2), row.str(3), hour, row.str(5), row.str(6)});
  }
  return merge(hours, slots);
}

std::vector<Notice> recent_notices(db::Connection& db, long long user, const std::string& today) {
  auto r = db.query(
      "SELECT r.name, DATE_FORMAT(n.date, '%Y-%m-%d'), n.hour, u.nickname, u.name, u.username,"
      " n.note, DATE_FORMAT(n.created_at, '%Y-%m-%d %H:%i')"
      " FROM booking_notice n JOIN room r ON r.id = n.room_id JOIN user u ON u.id = n.cancelled_by"
      " WHERE n.user_id = ? AND n.date >= ? ORDER BY n.created_at DESC, n.id DESC LIMIT 20",
      user, core::add_days(today, -7));
  std::vector<Notice> out;
  for (const auto& row : r.rows) {
    Notice n;
    n.room_name = row.str(0);
    n.date = row.str(1);
    n.hour = static_cast<int>(row.i64(2));
    n.by = !row.str(3).empty() ? row.str(3) : !row.str(4).empty() ? row.str(4) : row.str(5);
    n.note = row.str(6);
    n.created_at = row.str(7);
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace booking
