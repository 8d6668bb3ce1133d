// My bookings: GET /booking/mine (upcoming meetings, admin cancellations, calendar links),
// GET /booking/my.ics, the token-secured subscription GET /booking/feed/{token}.ics, and
// POST /booking/feed/token (a new token; the old subscription URL stops working).
#include "booking/calendar.h"
#include "booking/meeting.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "web/serve.h"

namespace {

const auth::User& staff(web::Request& req) { return req.require_role(auth::kStaffRoles); }

std::string host() {
  auto b = core::base_url();
  auto p = b.find("://");
  if (p != std::string::npos) b = b.substr(p + 3);
  return b.substr(0, b.find_first_of(":/"));
}

// The calendar keeps the last 30 days too, so a subscribed calendar does not lose a meeting
// the moment it ends.
void send_calendar(web::Response& res, db::Connection& db, long long user) {
  auto slots = booking::Slots::from_config();
  auto from = core::add_days(core::today(), -30);
  auto meetings = booking::upcoming_meetings(db, slots, user, from, 0);
  res.header("Cache-Control", "private, no-cache");
  res.header("Content-Disposition", "inline; filename=\"booking.ics\"");
  res.send(booking::ical(meetings, "会议室预订", host(), core::now()),
           "text/calendar; charset=utf-8");
}

void show_mine(web::Request& req, web::Response& res) {
  const auto& user = staff(req);
  auto slots = booking::Slots::from_config();
  auto today = core::today();
  auto meetings =
      booking::upcoming_meetings(req.db(), slots, user.id, today, core::hour_of(core::now()));
  web::Page page(&req, "booking/mine.tpl", "我的预订");
  auto& d = page.dict();
  if (meetings.empty()) d.ShowSection("NO_MEETINGS");
  for (const auto& m : meetings) {
    auto* x = d.AddSectionDictionary("MEETING");
    x->SetValue("DATE", m.date);
    x->SetValue("TIME", std::to_string(m.start_hour) + ":00-" + std::to_string(m.end_hour) + ":00");
    x->SetValue("ROOM", m.room_name);
    x->SetValue("LOCATION", m.location);
    x->SetIntValue("HOURS", m.end_hour - m.start_hour);
    // Cancelling a meeting is the grid's own form (POST /booking) over all its slots.
    for (int slot : m.slots)
      x->AddSectionDictionary("CELL")->SetValue(
          "CELL", std::to_string(m.room) + ":" + std::to_string(slot));
  }
  if (auto n = req.param("cancelled"); !n.empty() && n != "0")
    d.SetValueAndShowSection("CANCELLED", n, "DONE_CANCEL");
  for (const auto& n : booking::recent_notices(req.db(), user.id, today)) {
    auto* x = d.AddSectionDictionary("NOTICE");
    x->SetValue("ROOM", n.room_name);
    x->SetValue("DATE", n.date);
    x->SetValue("TIME", std::to_string(n.hour) + ":00-" + std::to_string(n.hour + 1) + ":00");
    x->SetValue("BY", n.by);
    x->SetValue("AT", n.created_at);
    if (!n.note.empty()) x->SetValueAndShowSection("NOTE", n.note, "HAS_NOTE");
  }
  d.SetValue("FEED_URL",
             core::base_url() + "/booking/feed/" + booking::feed_token(req.db(), user.id) + ".ics");
  if (req.param("token") == "new") d.ShowSection("TOKEN_NEW");
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();
    if (path == "/booking/mine") {
      if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
      show_mine(req, res);
    } else if (path == "/booking/my.ics") {
      if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
      send_calendar(res, req.db(), staff(req).id);
    } else if (path == "/booking/feed/token") {
      if (!req.is_post()) throw core::MethodNotAllowed();
      booking::regenerate_feed_token(req.db(), staff(req).id);
      res.redirect("/booking/mine?token=new");
    } else if (path.rfind("/booking/feed/", 0) == 0 && path.size() > 18 &&
               path.compare(path.size() - 4, 4, ".ics") == 0) {
      // The token is the only credential here (calendar apps send no cookies).
      auto token = path.substr(14, path.size() - 18);
      auto owner = booking::feed_owner(req.db(), token);
      auto user = owner ? auth::find_user(req.db(), *owner) : std::nullopt;
      if (!user || user->disabled || !user->is_staff())
        throw core::NotFound("订阅地址无效或已更换");
      send_calendar(res, req.db(), user->id);
    } else {
      throw core::NotFound();
    }
  });
}
