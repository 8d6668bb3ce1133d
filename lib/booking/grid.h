// The day grid: active rooms × slots, each cell free / mine / taken / past for one viewer.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "booking/room.h"
#include "booking/slots.h"
#include "db/connection.h"

namespace booking {

struct Cell {
  int slot = 0;
  std::string state;  // "free", "mine", "taken", "past"
  std::string user;   // the booker's display name; "" when free
  bool booked = false;
};

struct GridRow {
  Room room;
  std::vector<Cell> cells;
};

struct Grid {
  std::string date;
  Slots slots;
  std::vector<GridRow> rows;
};

// The grid of `date` as `viewer` sees it at (`today`, `now_hour`).
Grid grid(db::Connection& db, const Slots& slots, const std::string& date, long long viewer,
          const std::string& today, int now_hour);

// The §7 JSON: {"ok":true,"date":…,"slots":[…],"rooms":[{"id","name","cells":[…]}]}.
nlohmann::json to_json(const Grid& g);

// The date a grid request asks for: "" means today; BadRequest when it is not a real
// date, lies in the past or beyond the horizon.
std::string grid_date(const Slots& s, const std::string& requested, const std::string& today);

}  // namespace booking
