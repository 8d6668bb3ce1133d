// The day grid of meeting rooms: GET /booking?date= (the page), POST /booking (its form, for
// browsers without JavaScript), GET /booking/grid.json?date= and POST /booking/save (JSON).
// Both saves go through booking::apply, one transaction each.
#include "booking/grid.h"

#include <set>

#include "booking/change.h"
#include "booking/day_cache.h"
#include "booking/grid_html.h"
#include "core/clock.h"
#include "core/error.h"
#include "web/serve.h"

namespace {

const auth::User& staff(web::Request& req) { return req.require_role(auth::kStaffRoles); }

// The grid from the shared day cache; only the viewer's part is computed here.
booking::Grid day_grid(web::Request& req, const booking::Slots& slots, const std::string& date,
                       long long viewer, const std::string& today, int now_hour) {
  booking::DayCache cache(req.redis(), req.db());
  return booking::grid(*cache.shared_day(date), slots, date, viewer, today, now_hour);
}

// booking::apply committed (or changed nothing); the next grid of that date must show it.
booking::Outcome save(web::Request& req, const auth::User& user, const booking::Change& change,
                      const booking::Slots& slots, const std::string& today, int now_hour) {
  auto o = booking::apply(req.db(), user, change, slots, today, now_hour);
  booking::DayCache cache(req.redis(), req.db());
  for (const auto& date : o.dates) cache.changed(date);
  return o;
}

struct View {
  std::string message, kind = "success";
  std::set<booking::CellRef> conflicts, checked;
  std::string note, subject;
  int weeks = 1;
};

constexpr const char* kGridTemplate = "booking/grid.tpl";
constexpr const char* kGridTitle = "会议室预订";

void render_page(web::Request& req, web::Response& res, web::Page& page, const booking::Grid& g,
                 const std::string& today, const View& v, int status) {
  const auto& user = staff(req);
  auto& d = page.dict();
  d.SetValue("DATE", g.date);
  d.SetValue("TODAY", today);
  d.SetValue("MAX_DATE", core::add_days(today, g.slots.horizon_days));
  if (g.date > today) d.SetValueAndShowSection("PREV", core::add_days(g.date, -1), "HAS_PREV");
  if (!booking::beyond_horizon(g.slots, core::add_days(g.date, 1), today))
    d.SetValueAndShowSection("NEXT", core::add_days(g.date, 1), "HAS_NEXT");
  if (!v.message.empty()) {
    auto* m = d.AddSectionDictionary("MESSAGE");
    m->SetValue("TEXT", v.message);
    m->SetValue("KIND", v.kind);
  }
  if (user.is_admin()) d.ShowSection("ADMIN");
  d.SetValue("NOTE", v.note);
  d.SetValue("SUBJECT", v.subject);
  d.SetIntValue("MAX_SUBJECT", booking::kMaxSubject);
  // A weekly meeting may repeat as long as its last week is within the horizon.
  for (int w = 1;
       w == 1 || !booking::beyond_horizon(g.slots, core::add_days(g.date, 7 * (w - 1)), today);
       ++w) {
    auto* o = d.AddSectionDictionary("WEEKS");
    o->SetIntValue("N", w);
    o->SetValue("LABEL", w == 1 ? "不重复" : "每周重复，共 " + std::to_string(w) + " 周");
    if (w == v.weeks) o->ShowSection("SELECTED");
  }
  for (int s = 1; s <= g.slots.count(); ++s) {
    auto* slot = d.AddSectionDictionary("SLOT");
    slot->SetIntValue("ID", s);
    slot->SetValue("LABEL", g.slots.label(s));
    slot->SetValue("SPAN", g.slots.span(s));
  }
  if (g.rows.empty()) d.ShowSection("NO_ROOMS");
  d.SetValue("ROWS", booking::grid_rows_html(g, v.conflicts, v.checked));
  web::render(res, page, status);
}

// "百草厅 9:00", with the date when it is not the grid's (a weekly meeting's later week).
std::string conflict_text(const booking::Grid& g, const std::vector<booking::Conflict>& cells) {
  std::string out;
  for (const auto& c : cells) {
    std::string room = "#" + std::to_string(c.cell.room);
    for (const auto& row : g.rows)
      if (row.room.id == c.cell.room) room = row.room.name;
    out += (out.empty() ? "" : "、") + (c.date == g.date ? "" : c.date + " ") + room + " " +
           g.slots.label(c.cell.slot);
  }
  return out;
}

// POST /booking: the checkbox form. Success redirects back to the day (so a reload does not
// post again); problems re-render the grid with the message and the selection kept.
void save_form(web::Request& req, web::Response& res, const booking::Slots& slots,
               const std::string& today, int now_hour) {
  const auto& user = staff(req);
  std::string date = req.arg("date");
  View v;
  v.note = req.arg("note");
  v.subject = req.arg("subject");
  int status = 200;
  booking::Change change;
  try {
    change = booking::parse_change(booking::ChangeForm{date, req.args("add"), req.args("cancel"),
                                                       v.note, v.subject, req.arg("weeks")});
    v.weeks = change.weeks;
    auto o = save(req, user, change, slots, today, now_hour);
    if (o.ok()) {
      // A meeting cancelled from "my bookings" goes back there, the rest to the day's grid.
      if (req.arg("from") == "mine")
        return res.redirect("/booking/mine?cancelled=" + std::to_string(o.cancelled));
      res.redirect("/booking?date=" + date + "&added=" + std::to_string(o.added) +
                   "&cancelled=" + std::to_string(o.cancelled));
      return;
    }
    for (const auto& c : o.conflicts)
      if (c.date == date) v.conflicts.insert(c.cell);
    auto g = day_grid(req, slots, date, user.id, today, now_hour);
    v.message = "以下时段已被占用或预订已变化，本次未做任何更改：" + conflict_text(g, o.conflicts);
    status = 409;
  } catch (const core::BadRequest& e) {
    v.message = e.what();
    status = 400;
  }
  v.kind = "danger";
  for (const auto& c : change.add) v.checked.insert(c);
  for (const auto& c : change.cancel) v.checked.insert(c);
  std::string shown = date;
  try {
    shown = booking::grid_date(slots, date, today);
  } catch (const core::BadRequest&) {
    shown = today;
  }
  web::Page page(&req, kGridTemplate, kGridTitle);
  page.script("/js/booking.js");
  render_page(req, res, page, day_grid(req, slots, shown, user.id, today, now_hour), today, v,
              status);
}

void show_page(web::Request& req, web::Response& res, const booking::Slots& slots,
               const std::string& today, int now_hour) {
  const auto& user = staff(req);
  std::string date = req.param("date");
  if (!date.empty() && !core::valid_date(date))
    throw core::BadRequest("日期格式应为 YYYY-MM-DD", "date");
  // No past dates, nothing beyond the horizon: land on the nearest day that can be booked.
  if (!date.empty() && date < today) return res.redirect("/booking?date=" + today, 302);
  if (!date.empty() && booking::beyond_horizon(slots, date, today))
    return res.redirect("/booking?date=" + core::add_days(today, slots.horizon_days), 302);
  if (date.empty()) date = today;
  View v;
  if (req.has_arg("added") || req.has_arg("cancelled")) {
    auto count = [&](const char* k) {
      auto s = req.param(k);
      return s.size() <= 4 && s.find_first_not_of("0123456789") == std::string::npos && !s.empty()
                 ? s
                 : "0";
    };
    v.message =
        "已保存：预订 " + count("added") + " 个时段，取消 " + count("cancelled") + " 个时段";
  }
  web::Page page(&req, kGridTemplate, kGridTitle);
  page.script("/js/booking.js");
  // The viewer's grid changes with the day's bookings and rooms (their versions), the
  // viewer's admin link, and the hour (kept bodies last ten seconds at most).
  booking::DayCache cache(req.redis(), req.db());
  if (auto version = cache.version(date))
    if (page.own_body(*version + (user.is_admin() ? ":admin" : ""))) return web::render(res, page);
  render_page(req, res, page, day_grid(req, slots, date, user.id, today, now_hour), today, v, 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    auto slots = booking::Slots::from_config();
    std::string today = core::today();
    int now_hour = core::hour_of(core::now());
    const std::string& path = req.path();
    if (path == "/booking/grid.json") {
      if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
      const auto& user = staff(req);
      auto date = booking::grid_date(slots, req.param("date"), today);
      res.send(booking::grid_json(day_grid(req, slots, date, user.id, today, now_hour)),
               "application/json; charset=utf-8");
    } else if (path == "/booking/save") {
      if (!req.is_post()) throw core::MethodNotAllowed();
      const auto& user = staff(req);
      auto change = booking::parse_change(req.json());
      auto o = save(req, user, change, slots, today, now_hour);
      res.json(booking::to_json(change, o), o.ok() ? 200 : 409);
    } else if (path == "/booking" || path == "/booking/") {
      if (req.is_post()) return save_form(req, res, slots, today, now_hour);
      if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
      show_page(req, res, slots, today, now_hour);
    } else {
      throw core::NotFound();
    }
  });
}
