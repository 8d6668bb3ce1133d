// Family circles for support staff (admin, support): GET /admin/watch/circles?q&page (search by
// id, name, a member's phone or name), /admin/watch/circles/{id} (members, contacts, watches),
// POST …/{id}/members/{uid}/remove. Watches are unbound from their own page. Audited.
#include "cgi-bin/admin/page.h"
#include "watch/audit.h"
#include "watch/circle.h"
#include "watch/clock.h"
#include "watch/device.h"
#include "watch/member.h"
#include "watch/overview.h"
#include "web/form_error.h"

namespace {

constexpr int kPageSize = 30;

void list(web::Request& req, web::Response& res) {
  web::Page page(&req, "admin/watch_circles.tpl", "家庭圈");
  admin_ui::menu(req, page, "watch_circles");
  auto& d = page.dict();
  std::string q = req.param("q");
  int p = std::max(1, admin_ui::to_int(req.param("page"), 1));
  d.SetValue("Q", q);
  auto rows = watch::search_circles(req.db(), q, kPageSize, (p - 1) * kPageSize);
  bool more = rows.size() > static_cast<size_t>(kPageSize);
  if (more) rows.pop_back();
  for (const auto& r : rows) {
    auto* o = d.AddSectionDictionary("CIRCLE");
    o->SetValue("ID", std::to_string(r.circle.id));
    o->SetValue("NAME", r.circle.name);
    o->SetIntValue("MEMBERS", r.members);
    o->SetIntValue("WATCHES", r.watches);
    o->SetValue("CREATED", r.created_at.substr(0, 16));
  }
  if (rows.empty()) d.ShowSection("NONE");
  if (p > 1) d.SetValueAndShowSection("PREV", std::to_string(p - 1), "HAS_PREV");
  if (more) d.SetValueAndShowSection("NEXT", std::to_string(p + 1), "HAS_NEXT");
  web::render(res, page);
}

void detail(web::Request& req, web::Response& res, long long id, const core::Error* error) {
  auto c = watch::any_circle(req.db(), id);
  web::Page page(&req, "admin/watch_circle.tpl", "家庭圈 " + c.name);
  admin_ui::menu(req, page, "watch_circles");
  auto& d = page.dict();
  if (error) web::show_error(d, *error);
  d.SetValue("ID", std::to_string(c.id));
  d.SetValue("NAME", c.name);
  for (const auto& m : watch::members(req.db(), c.id)) {
    auto* o = d.AddSectionDictionary("MEMBER");
    o->SetValue("UID", std::to_string(m.user_id));
    o->SetValue("NAME", m.name);
    o->SetValue("PHONE", m.phone);
    if (m.owner) o->ShowSection("OWNER");
    o->SetValue("SHARES", m.share_location ? "共享" : "不共享");
  }
  for (const auto& ct : watch::contacts(req.db(), c.id)) {
    auto* o = d.AddSectionDictionary("CONTACT");
    o->SetValue("NAME", ct.name);
    o->SetValue("PHONE", ct.phone);
  }
  for (const auto& w : watch::circle_devices(req.db(), c.id)) {
    auto* o = d.AddSectionDictionary("WATCH");
    o->SetValue("IMEI", w.imei);
    o->SetValue("NAME", w.name);
    o->SetValue("PHONE", w.phone);
    o->ShowSection(w.online ? "ONLINE" : "OFFLINE");
    o->SetValue("LAST_SEEN", w.last_seen.empty() ? "从未" : watch::local_of_sql(w.last_seen));
  }
  web::render(res, page, error ? error->status : 200);
}

void remove(web::Request& req, web::Response& res, long long id, long long uid,
            const auth::User& me) {
  auto c = watch::any_circle(req.db(), id);
  try {
    std::string name = watch::member_name(req.db(), c.id, uid);
    watch::remove_member(req.db(), c.id, me.id, uid, /*by_staff=*/true);
    watch::audit(req.db(), me.id, "admin", "remove_member", "", c.id,
                 name + " (uid " + std::to_string(uid) + ")");
  } catch (const core::Conflict& e) {
    return detail(req, res, id, &e);
  }
  res.redirect("/admin/watch/circles/" + std::to_string(c.id) + "?done=1");
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_watch_support(req);
    if (req.path() == "/admin/watch/circles") {
      if (req.is_post()) throw core::MethodNotAllowed();
      return list(req, res);
    }
    auto at = web::id_in_path(req.path(), "/admin/watch/circles/");
    if (at.rest.empty()) {
      if (req.is_post()) throw core::MethodNotAllowed();
      return detail(req, res, at.id, nullptr);
    }
    auto member = web::id_in_path(at.rest, "/members/");
    if (member.rest != "/remove") throw core::NotFound();
    if (!req.is_post()) throw core::MethodNotAllowed();
    remove(req, res, at.id, member.id, me);
  });
}
