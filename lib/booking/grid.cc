#include "booking/grid.h"

#include <map>
#include <utility>

#include "core/clock.h"
#include "core/error.h"

namespace booking {

Day load_day(db::Connection& db, const std::string& date) {
  Day d;
  auto r = db.query(
      "SELECT b.room_id, b.hour, b.user_id, u.nickname, u.name, u.username"
      " FROM booking b JOIN user u ON u.id = b.user_id WHERE b.date = ?",
      date);
  for (const auto& row : r.rows) {
    std::string name = !row.str(3).empty()   ? row.str(3)
                       : !row.str(4).empty() ? row.str(4)
                                             : row.str(5);
    d.booked.push_back({row.i64(0), static_cast<int>(row.i64(1)), row.i64(2), std::move(name)});
  }
  d.rooms = list_rooms(db, true);
  return d;
}

Grid grid(const Day& day, const Slots& slots, const std::string& date, long long viewer,
          const std::string& today, int now_hour) {
  Grid g;
  g.date = date;
  g.slots = slots;
  std::map<std::pair<long long, int>, const Day::Booked*> booked;  // (room, hour) -> booker
  for (const auto& b : day.booked) booked[{b.room, b.hour}] = &b;
  for (const auto& room : day.rooms) {
    GridRow gr;
    gr.room = room;
    for (int s = 1; s <= slots.count(); ++s) {
      Cell c;
      c.slot = s;
      auto it = booked.find({room.id, slots.hour(s)});
      if (it != booked.end()) {
        c.booked = true;
        c.user = it->second->name;
      }
      if (is_past(date, slots.hour(s), today, now_hour))
        c.state = "past";
      else if (!c.booked)
        c.state = "free";
      else
        c.state = it->second->user == viewer ? "mine" : "taken";
      gr.cells.push_back(std::move(c));
    }
    g.rows.push_back(std::move(gr));
  }
  return g;
}

Grid grid(db::Connection& db, const Slots& slots, const std::string& date, long long viewer,
          const std::string& today, int now_hour) {
  return grid(load_day(db, date), slots, date, viewer, today, now_hour);
}

nlohmann::json to_json(const Grid& g) {
  auto slots = nlohmann::json::array();
  for (int s = 1; s <= g.slots.count(); ++s)
    slots.push_back({{"id", s}, {"label", g.slots.label(s)}});
  auto rooms = nlohmann::json::array();
  for (const auto& row : g.rows) {
    auto cells = nlohmann::json::array();
    for (const auto& c : row.cells)
      cells.push_back({{"slot", c.slot},
                       {"state", c.state},
                       {"user", c.booked ? nlohmann::json(c.user) : nlohmann::json(nullptr)}});
    rooms.push_back({{"id", row.room.id},
                     {"name", row.room.name},
                     {"capacity", row.room.capacity},
                     {"location", row.room.location},
                     {"cells", std::move(cells)}});
  }
  return {{"ok", true}, {"date", g.date}, {"slots", std::move(slots)}, {"rooms", std::move(rooms)}};
}

std::string grid_date(const Slots& s, const std::string& requested, const std::string& today) {
  if (requested.empty()) return today;
  if (!core::valid_date(requested)) throw web::BadRequest("日期格式应为 YYYY-MM-DD", "date");
  if (requested < today) throw web::BadRequest("不能查看或预订过去的日期", "date");
  if (beyond_horizon(s, requested, today))
    throw web::BadRequest("只能预订 " + std::to_string(s.horizon_days) + " 天以内的会议室", "date");
  return requested;
}

}  // namespace booking
