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
  std::string note;  // an admin's reason when cancelling someone else's booking
};

// {"date":…,"add":[{"room":…,"slot":…}],"cancel":[…],"note":…}; BadRequest on any other shape.
Change parse_change(const nlohmann::json& j);
// The no-JavaScript form: date, add=room:slot…, cancel=room:slot…, note.
Change parse_change(const std::string& date, const std::vector<std::string>& add,
                    const std::vector<std::string>& cancel, const std::string& note);

struct Outcome {
  int added = 0, cancelled = 0;
  // Cells someone else got first (or bookings already gone); when non-empty nothing changed.
  std::vector<CellRef> conflicts;
  bool ok() const { return conflicts.empty(); }
};

// Applies `c` for `user` at (`today`, `now_hour`), all or nothing. Throws BadRequest for a
// past or too distant date or slot, an unknown slot or room, an inactive room to book, or
// the same cell both added and cancelled; Forbidden when cancelling another user's booking
// (admins may, and the booker gets a notice). Conflicts come back in the Outcome.
Outcome apply(db::Connection& db, const auth::User& user, const Change& c, const Slots& slots,
              const std::string& today, int now_hour);

// 200 {"ok":true,"added":n,"cancelled":m} or 409 {"ok":false,"error":"conflict",…}.
nlohmann::json to_json(const Outcome& o);

}  // namespace booking
