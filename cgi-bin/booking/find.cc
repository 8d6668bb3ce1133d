// GET /booking/free?date=&from=&to=&capacity=: the rooms free for a whole time span with room
// for so many people, each with a button that books the span (the grid's own form, POST
// /booking); GET /booking/rooms/{id}/week?start=: one room's week, day by day.
#include "booking/day_cache.h"
#include "booking/grid.h"
#include "booking/room.h"
#include "core/clock.h"
#include "core/error.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

const auth::User& staff(web::Request& req) { return req.require_role(auth::kStaffRoles); }

// 0 Sunday … 6 Saturday, of a valid "YYYY-MM-DD" (Sakamoto's method).
int weekday(const std::string& date) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)),
      d = std::stoi(date.substr(8, 2));
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

booking::Grid day_grid(web::Request& req, const booking::Slots& slots, const std::string& date,
                       long long viewer, const std::string& today, int now_hour) {
  booking::DayCache cache(req.redis(), req.db());
  return booking::grid(*cache.shared_day(date), slots, date, viewer, today, now_hour);
}

int hour_param(web::Request& req, const char* name, int fallback, const booking::Slots& s) {
  auto v = req.param(name);
  if (v.empty()) return fallback;
  auto n = web::parse_id(v);
  if (!n || *n < s.first_hour || *n > s.last_hour + 1)
    throw core::BadRequest("时间应在 " + std::to_string(s.first_hour) + ":00 到 " +
                               std::to_string(s.last_hour + 1) + ":00 之间",
                           name);
  return static_cast<int>(*n);
}

void free_rooms(web::Request& req, web::Response& res) {
  const auto& user = staff(req);
  auto slots = booking::Slots::from_config();
  auto today = core::today();
  int now_hour = core::hour_of(core::now());
  std::string date = req.param("date").empty() ? today : req.param("date");
  date = booking::grid_date(slots, date, today);
  int next_hour = std::max(slots.first_hour, std::min(now_hour + 1, slots.last_hour));
  int from = hour_param(req, "from", date == today ? next_hour : 9, slots);
  int to = hour_param(req, "to", std::min(from + 1, slots.last_hour + 1), slots);
  if (to <= from) throw core::BadRequest("结束时间应晚于开始时间", "to");
  int capacity = 0;
  if (auto c = web::parse_id(req.param("capacity"))) capacity = static_cast<int>(*c);

  web::Page page(&req, "booking/free.tpl", "查找空闲会议室");
  auto& d = page.dict();
  d.SetValue("DATE", date);
  d.SetValue("TODAY", today);
  d.SetValue("MAX_DATE", core::add_days(today, slots.horizon_days));
  if (capacity) d.SetIntValue("CAPACITY", capacity);
  for (int h = slots.first_hour; h <= slots.last_hour + 1; ++h) {
    for (const char* which : {"FROM_OPT", "TO_OPT"}) {
      bool is_from = which[0] == 'F';
      if ((is_from && h > slots.last_hour) || (!is_from && h == slots.first_hour)) continue;
      auto* o = d.AddSectionDictionary(which);
      o->SetIntValue("HOUR", h);
      if (h == (is_from ? from : to)) o->ShowSection("SELECTED");
    }
  }
  d.SetValue("SPAN", std::to_string(from) + ":00-" + std::to_string(to) + ":00");
  auto g = day_grid(req, slots, date, user.id, today, now_hour);
  int found = 0;
  for (const auto& row : g.rows) {
    if (row.room.capacity < capacity) continue;
    bool free = true;
    for (int h = from; h < to && free; ++h)
      free = row.cells[slots.slot_of_hour(h) - 1].state == "free";
    if (!free) continue;
    ++found;
    auto* r = d.AddSectionDictionary("ROOM");
    r->SetValue("NAME", row.room.name);
    r->SetValue("LOCATION", row.room.location);
    r->SetIntValue("ROOM_CAPACITY", row.room.capacity);
    r->SetIntValue("ROOM_ID", row.room.id);
    for (int h = from; h < to; ++h)
      r->AddSectionDictionary("CELL")->SetValue(
          "CELL", std::to_string(row.room.id) + ":" + std::to_string(slots.slot_of_hour(h)));
  }
  if (!found) d.ShowSection("NONE");
  web::render(res, page);
}

void week(web::Request& req, web::Response& res, long long room_id) {
  const auto& user = staff(req);
  auto room = booking::find_room(req.db(), room_id);
  if (!room || !room->active) throw core::NotFound("会议室不存在");
  auto slots = booking::Slots::from_config();
  auto today = core::today();
  int now_hour = core::hour_of(core::now());
  std::string start = req.param("start");
  if (!core::valid_date(start) || start < today) start = today;
  if (booking::beyond_horizon(slots, start, today)) start = today;
  web::Page page(&req, "booking/week.tpl", room->name + " 一周预订");
  auto& d = page.dict();
  d.SetValue("ROOM", room->name);
  d.SetValue("LOCATION", room->location);
  d.SetIntValue("ROOM_ID", room_id);
  d.SetIntValue("ROOM_CAPACITY", room->capacity);
  d.SetValue("START", start);
  if (start > today)
    d.SetValueAndShowSection("PREV", std::max(today, core::add_days(start, -7)), "HAS_PREV");
  if (!booking::beyond_horizon(slots, core::add_days(start, 7), today))
    d.SetValueAndShowSection("NEXT", core::add_days(start, 7), "HAS_NEXT");
  static const char* kWeekdays[] = {"日", "一", "二", "三", "四", "五", "六"};
  std::vector<booking::GridRow> days;
  for (int i = 0; i < 7; ++i) {
    std::string date = core::add_days(start, i);
    if (booking::beyond_horizon(slots, date, today)) break;
    auto g = day_grid(req, slots, date, user.id, today, now_hour);
    booking::GridRow row{*room, {}};
    for (const auto& r : g.rows)
      if (r.room.id == room_id) row = r;
    if (row.cells.empty()) continue;
    auto* h = d.AddSectionDictionary("DAY");
    h->SetValue("DATE", date);
    h->SetValue("LABEL", date.substr(5) + " 周" + kWeekdays[weekday(date)]);
    days.push_back(row);
  }
  for (int s = 1; s <= slots.count(); ++s) {
    auto* line = d.AddSectionDictionary("SLOT");
    line->SetValue("LABEL", slots.span(s));
    for (size_t i = 0; i < days.size(); ++i) {
      const auto& cell = days[i].cells[s - 1];
      auto* c = line->AddSectionDictionary("CELL");
      c->SetValue("STATE", cell.state);
      c->SetValue("TEXT", cell.state == "free"    ? "空闲"
                          : cell.state == "mine"  ? "我的预订"
                          : cell.state == "taken" ? cell.user
                                                  : "已过");
    }
  }
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
    if (req.path() == "/booking/free") return free_rooms(req, res);
    auto [id, rest] = web::id_in_path(req.path(), "/booking/rooms/");
    if (rest != "/week") throw core::NotFound();
    week(req, res, id);
  });
}
