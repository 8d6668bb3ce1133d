// iCalendar (RFC 5545) export of a user's meetings and the secret feed token behind
// /booking/feed/{token}.ics.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "booking/meeting.h"
#include "db/connection.h"

namespace booking {

// A VCALENDAR with one VEVENT per meeting; CRLF line endings, folded lines, escaped text,
// times in TZID=Asia/Shanghai (the zone is included as a VTIMEZONE).
std::string ical(const std::vector<Meeting>& meetings, const std::string& calendar_name,
                 const std::string& host, long long now);

// RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines.
std::string ical_text(const std::string& s);
// Folds a content line at 75 octets without splitting a UTF-8 character.
std::string ical_fold(const std::string& line);

// The user's feed token, created on first use.
std::string feed_token(db::Connection& db, long long user);
// A fresh token; the old URL stops working at once.
std::string regenerate_feed_token(db::Connection& db, long long user);
// Whose feed `token` is; nullopt for an unknown or revoked token.
std::optional<long long> feed_owner(db::Connection& db, const std::string& token);

}  // namespace booking
