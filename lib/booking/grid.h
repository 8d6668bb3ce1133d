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
  std::string state;    // "free", "mine", "taken", "past"
  std::string user;     // the booker's display name; "" when free
  std::string subject;  // what the booking is for; "" when none was given
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

// What every viewer of one date shares: the active rooms and who booked which hour. The
// viewer's part (mine / taken / past) is derived per request, so this is what gets cached.
struct Day {
  struct Booked {
    long long room = 0;
    int hour = 0;
    long long user = 0;
    std::string name;  // the booker's display name
    std::string subject;
  };
  std::vector<Room> rooms;
  std::vector<Booked> booked;
};

Day load_day(db::Connection& db, const std::string& date);

// The grid of `date` as `viewer` sees it at (`today`, `now_hour`).
Grid grid(const Day& day, const Slots& slots, const std::string& date, long long viewer,
          const std::string& today, int now_hour);
// The same, straight from the database (no cache).
Grid grid(db::Connection& db, const Slots& slots, const std::string& date, long long viewer,
          const std::string& today, int now_hour);

// The §7 JSON: {"ok":true,"date":…,"slots":[…],"rooms":[{"id","name","cells":[…]}]}.
nlohmann::json to_json(const Grid& g);
// The same JSON as text, written directly (the hot path: no JSON tree). Equals
// to_json(g).dump().
std::string grid_json(const Grid& g);

// The date a grid request asks for: "" means today; BadRequest when it is not a real
// date, lies in the past or beyond the horizon.
std::string grid_date(const Slots& s, const std::string& requested, const std::string& today);

}  // namespace booking
