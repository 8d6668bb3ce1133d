// Saving the grid: cells to book and bookings to cancel, applied as one transaction.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "auth/user.h"
#include "booking/slots.h"
#include "db/connection.h"

namespace booking {

struct CellRef {
  long long room = 0;
  int slot = 0;
  auto operator<=>(const CellRef&) const = default;
};

struct Change {
  std::string date;
  std::vector<CellRef> add, cancel;
  std::string note;     // an admin's reason when cancelling someone else's booking
  std::string subject;  // what the added bookings are for (kMaxSubject characters at most)
  // A weekly meeting: the cells to add are booked on `date` and on the same weekday of the
  // following weeks - 1 weeks, all or nothing. Cancelling concerns `date` only.
  int weeks = 1;
};

inline constexpr size_t kMaxSubject = 60;

// {"date":…,"add":[{"room":…,"slot":…}],"cancel":[…],"note":…,"subject":…,"weeks":n};
// BadRequest on any other shape.
Change parse_change(const nlohmann::json& j);
// The no-JavaScript form: date, add=room:slot…, cancel=room:slot…, note, subject, weeks.
struct ChangeForm {
  std::string date;
  std::vector<std::string> add, cancel;
  std::string note, subject, weeks;
};
Change parse_change(const ChangeForm& f);

struct Conflict {
  std::string date;
  CellRef cell;
};

struct Outcome {
  int added = 0, cancelled = 0;
  // Cells someone else got first (or bookings already gone); when non-empty nothing changed.
  std::vector<Conflict> conflicts;
  // The dates whose bookings changed (their cached grids are stale after the commit).
  std::vector<std::string> dates;
  bool ok() const { return conflicts.empty(); }
};

// Applies `c` for `user` at (`today`, `now_hour`), all or nothing. Throws BadRequest for a
// past or too distant date or slot (a weekly meeting's last week included), an unknown slot
// or room, an inactive room to book, a subject too long, or the same cell both added and
// cancelled; Forbidden when cancelling another user's booking
// (admins may, and the booker gets a notice). Conflicts come back in the Outcome.
Outcome apply(db::Connection& db, const auth::User& user, const Change& c, const Slots& slots,
              const std::string& today, int now_hour);

// 200 {"ok":true,"added":n,"cancelled":m} or 409 {"ok":false,"error":"conflict",
// "conflicts":[{"room","slot"}…]}: the §7 shape, with "date" added to the conflicts of a
// weekly meeting's later weeks.
nlohmann::json to_json(const Change& c, const Outcome& o);

}  // namespace booking
