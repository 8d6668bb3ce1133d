#include "booking/calendar.h"

#include <cstdio>
#include <ctime>

#include "core/time_text.h"
#include "core/token.h"
#include "db/error.h"

namespace booking {

std::string ical_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ical_fold(const std::string& line) {
  std::string out;
  size_t width = 0;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (width + n > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, n);
    width += n;
    i += n;
  }
  return out + "\r\n";
}

namespace {

// "2024-05-01", 8 -> "20240501T080000"
std::string local_time(const std::string& date, int hour) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%s%sT%02d0000", date.substr(0, 4).c_str(),
                date.substr(5, 2).c_str(), date.substr(8, 2).c_str(), hour);
  return buf;
}

std::string utc_stamp(long long t) {
  return core::utc_time_text(static_cast<std::time_t>(t), "%Y%m%dT%H%M%SZ");
}

// "2024-05-01 09:30:00" in the business zone -> Unix time.
long long parse_local(const std::string& s, long long fallback) {
  std::tm tm{};
  if (s.size() < 19 || !strptime(s.c_str(), "%Y-%m-%d %H:%M:%S", &tm)) return fallback;
  tm.tm_isdst = -1;
  return static_cast<long long>(std::mktime(&tm));
}

}  // namespace

std::string ical(const std::vector<Meeting>& meetings, const std::string& calendar_name,
                 const std::string& host, long long now) {
  std::string out;
  auto line = [&](const std::string& l) { out += ical_fold(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Yaocai//Booking//ZH");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + ical_text(calendar_name));
  line("X-WR-TIMEZONE:Asia/Shanghai");
  // China has kept UTC+8 without daylight saving since 1991: one STANDARD block is exact.
  line("BEGIN:VTIMEZONE");
  line("TZID:Asia/Shanghai");
  line("BEGIN:STANDARD");
  line("DTSTART:19700101T000000");
  line("TZOFFSETFROM:+0800");
  line("TZOFFSETTO:+0800");
  line("TZNAME:CST");
  line("END:STANDARD");
  line("END:VTIMEZONE");
  for (const auto& m : meetings) {
    line("BEGIN:VEVENT");
    // Stable per meeting start, so a re-fetched feed updates events instead of duplicating.
    line("UID:booking-" + std::to_string(m.room) + "-" + local_time(m.date, m.start_hour) + "@" +
         host);
    line("DTSTAMP:" + utc_stamp(parse_local(m.created_at, now)));
    line("DTSTART;TZID=Asia/Shanghai:" + local_time(m.date, m.start_hour));
    line("DTEND;TZID=Asia/Shanghai:" + local_time(m.date, m.end_hour));
    line("SUMMARY:" + ical_text("会议室：" + m.room_name));
    if (!m.location.empty())
      line("LOCATION:" + ical_text(m.room_name + "（" + m.location + "）"));
    else
      line("LOCATION:" + ical_text(m.room_name));
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

std::string feed_token(db::Connection& db, long long user) {
  auto r = db.query("SELECT token FROM booking_feed WHERE user_id = ?", user);
  if (!r.empty()) return r.one().str(0);
  std::string token = core::random_hex(16);
  try {
    db.query("INSERT INTO booking_feed (user_id, token) VALUES (?, ?)", user, token);
    return token;
  } catch (const db::DuplicateKey&) {  // a parallel first visit created it
    return db.query("SELECT token FROM booking_feed WHERE user_id = ?", user).one().str(0);
  }
}

std::string regenerate_feed_token(db::Connection& db, long long user) {
  std::string token = core::random_hex(16);
  db.query(
      "INSERT INTO booking_feed (user_id, token) VALUES (?, ?)"
      " ON DUPLICATE KEY UPDATE token = VALUES(token), created_at = NOW()",
      user, token);
  return token;
}

std::optional<long long> feed_owner(db::Connection& db, const std::string& token) {
  if (token.size() != 32) return std::nullopt;
  auto r = db.query("SELECT user_id FROM booking_feed WHERE token = ?", token);
  if (r.empty()) return std::nullopt;
  return r.one().i64(0);
}

}  // namespace booking
