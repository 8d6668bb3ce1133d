// GET/POST /admin/partners: partner logos (入驻企业) shown in the site footer — add, edit
// (name, link, logo upload, order), hide and delete.
#include "admin/admin.h"
#include "cgi-bin/admin/frame.h"
#include "image/store.h"
#include "site/site.h"

namespace {

void show(web::Request& req, web::Response& res, const web::Error* error) {
  web::Page page(&req, "admin/partners.tpl", "入驻企业");
  admin_ui::frame(req, page, "partners");
  if (error) {
    admin_ui::show_error(page, *error);
    page.dict().SetValue("NEW_NAME", req.arg("name"));
    page.dict().SetValue("NEW_LINK", req.arg("link"));
  }
  for (const auto& p : site::partners(req.db(), true)) {
    auto* d = page.dict().AddSectionDictionary("PARTNER");
    d->SetIntValue("ID", p.id);
    d->SetValue("NAME", p.name);
    d->SetValue("LINK", p.link);
    d->SetIntValue("SORT", p.sort);
    if (!p.logo.empty())
      d->SetValueAndShowSection("LOGO", image::url(p.logo, image::Use::logo), "HAS_LOGO");
    d->ShowSection(p.hidden ? "HIDDEN" : "SHOWN");
  }
  web::render(res, page, error ? error->status : 200);
}

void change(web::Request& req, const auth::User& me) {
  auto& db = req.db();
  std::string action = req.arg("action");
  long long id = req.arg("id").empty() ? 0 : admin_ui::to_id(req.arg("id"));
  std::optional<site::Partner> old;
  if (id) {
    old = site::find_partner(db, id);
    if (!old) throw web::NotFound("企业不存在");
  }
  db::Transaction tx(db);
  if (action == "save") {
    site::Partner p = old.value_or(site::Partner{});
    p.name = req.arg("name");
    p.link = req.arg("link");
    p.sort = admin_ui::to_int(req.arg("sort"), 0);
    if (const auto* up = req.upload("logo"); up && !up->data.empty())
      p.logo = image::store(up->data, {image::Use::logo}, "logo").hash;
    id = site::save_partner(db, p);
    admin::log(db, me.id, old ? "update" : "create", "partner", id, p.name);
  } else if (id && (action == "hide" || action == "show")) {
    old->hidden = action == "hide";
    site::save_partner(db, *old);
    admin::log(db, me.id, action, "partner", id, old->name);
  } else if (id && action == "delete") {
    site::remove_partner(db, id);
    admin::log(db, me.id, "delete", "partner", id, old->name);
  } else {
    throw web::BadRequest("未知操作", "action");
  }
  tx.commit();
  site::changed(req.redis());
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (!req.is_post()) return show(req, res, nullptr);
    try {
      change(req, me);
    } catch (const web::BadRequest& e) {
      return show(req, res, &e);
    }
    res.redirect("/admin/partners?done=1");
  });
}
