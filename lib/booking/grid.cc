#include "booking/grid.h"

#include <unordered_map>
#include <utility>

#include "core/clock.h"
#include "core/error.h"
#include "core/escape.h"

namespace booking {

Day load_day(db::Connection& db, const std::string& date) {
  Day d;
  auto r = db.query(
      "SELECT b.room_id, b.hour, b.user_id, u.nickname, u.name, u.username, b.subject"
      " FROM booking b JOIN user u ON u.id = b.user_id WHERE b.date = ?",
      date);
  for (const auto& row : r.rows) {
    std::string name = !row.str(3).empty()   ? row.str(3)
                       : !row.str(4).empty() ? row.str(4)
                                             : row.str(5);
    d.booked.push_back(
        {row.i64(0), static_cast<int>(row.i64(1)), row.i64(2), std::move(name), row.str(6)});
  }
  d.rooms = list_rooms(db, true);
  return d;
}

Grid grid(const Day& day, const Slots& slots, const std::string& date, long long viewer,
          const std::string& today, int now_hour) {
  Grid g;
  g.date = date;
  g.slots = slots;
  g.rows.reserve(day.rooms.size());
  std::unordered_map<long long, size_t> row_of;  // room id -> index in g.rows
  for (const auto& room : day.rooms) {
    row_of.emplace(room.id, g.rows.size());
    GridRow& gr = g.rows.emplace_back();
    gr.room = room;
    gr.cells.resize(slots.count());
    for (int s = 1; s <= slots.count(); ++s) {
      Cell& c = gr.cells[s - 1];
      c.slot = s;
      c.state = is_past(date, slots.hour(s), today, now_hour) ? "past" : "free";
    }
  }
  for (const auto& b : day.booked) {
    auto it = row_of.find(b.room);
    int s = slots.slot_of_hour(b.hour);
    if (it == row_of.end() || !slots.valid(s)) continue;  // an inactive room, an hour off the grid
    Cell& c = g.rows[it->second].cells[s - 1];
    c.booked = true;
    c.user = b.name;
    c.subject = b.subject;
    if (c.state != "past") c.state = b.user == viewer ? "mine" : "taken";
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
    for (const auto& c : row.cells) {
      nlohmann::json cell{{"slot", c.slot},
                          {"state", c.state},
                          {"user", c.booked ? nlohmann::json(c.user) : nlohmann::json(nullptr)}};
      // Only a booking with a subject adds the key: the §7 cell shape stays as it was.
      if (!c.subject.empty()) cell["subject"] = c.subject;
      cells.push_back(std::move(cell));
    }
    rooms.push_back({{"id", row.room.id},
                     {"name", row.room.name},
                     {"capacity", row.room.capacity},
                     {"location", row.room.location},
                     {"cells", std::move(cells)}});
  }
  return {{"ok", true}, {"date", g.date}, {"slots", std::move(slots)}, {"rooms", std::move(rooms)}};
}

std::string grid_json(const Grid& g) {
  std::string out;
  size_t cells = g.slots.count() * g.rows.size();
  out.reserve(128 + 32 * g.slots.count() + 96 * g.rows.size() + 48 * cells);
  // Keys in nlohmann's (sorted) order, so the text equals to_json(g).dump().
  out += "{\"date\":";
  core::append_json_string(out, g.date);
  out += ",\"ok\":true,\"rooms\":[";
  for (size_t r = 0; r < g.rows.size(); ++r) {
    const auto& row = g.rows[r];
    if (r) out += ',';
    out += "{\"capacity\":";
    out += std::to_string(row.room.capacity);
    out += ",\"cells\":[";
    for (size_t i = 0; i < row.cells.size(); ++i) {
      const auto& c = row.cells[i];
      if (i) out += ',';
      out += "{\"slot\":";
      out += std::to_string(c.slot);
      out += ",\"state\":\"";
      out += c.state;  // one of four fixed words
      out += '"';
      if (!c.subject.empty()) {
        out += ",\"subject\":";
        core::append_json_string(out, c.subject);
      }
      out += ",\"user\":";
      if (c.booked)
        core::append_json_string(out, c.user);
      else
        out += "null";
      out += '}';
    }
    out += "],\"id\":";
    out += std::to_string(row.room.id);
    out += ",\"location\":";
    core::append_json_string(out, row.room.location);
    out += ",\"name\":";
    core::append_json_string(out, row.room.name);
    out += '}';
  }
  out += "],\"slots\":[";
  for (int s = 1; s <= g.slots.count(); ++s) {
    if (s > 1) out += ',';
    out += "{\"id\":";
    out += std::to_string(s);
    out += ",\"label\":";
    core::append_json_string(out, g.slots.label(s));
    out += '}';
  }
  out += "]}";
  return out;
}

std::string grid_date(const Slots& s, const std::string& requested, const std::string& today) {
  if (requested.empty()) return today;
  if (!core::valid_date(requested)) throw core::BadRequest("日期格式应为 YYYY-MM-DD", "date");
  if (requested < today) throw core::BadRequest("不能查看或预订过去的日期", "date");
  if (beyond_horizon(s, requested, today))
    throw core::BadRequest("只能预订 " + std::to_string(s.horizon_days) + " 天以内的会议室",
                           "date");
  return requested;
}

}  // namespace booking
