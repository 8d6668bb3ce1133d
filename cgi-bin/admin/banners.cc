// GET/POST /admin/banners: home page banners — add, edit (title, link, picture upload, order),
// hide and delete. The home page reads them from site::frame().banners.
#include "admin/admin.h"
#include "cgi-bin/admin/frame.h"
#include "image/store.h"
#include "site/site.h"

namespace {

void show(web::Request& req, web::Response& res, const web::Error* error) {
  web::Page page(&req, "admin/banners.tpl", "首页横幅");
  admin_ui::frame(req, page, "banners");
  if (error) {
    admin_ui::show_error(page, *error);
    page.dict().SetValue("NEW_TITLE", req.arg("title"));
    page.dict().SetValue("NEW_LINK", req.arg("link"));
  }
  for (const auto& p : site::banners(req.db(), true)) {
    auto* d = page.dict().AddSectionDictionary("BANNER");
    d->SetIntValue("ID", p.id);
    d->SetValue("TITLE", p.title);
    d->SetValue("LINK", p.link);
    d->SetIntValue("SORT", p.sort);
    d->SetValue("THUMB", image::url(p.image, image::Use::list));
    d->SetValue("FULL", image::url(p.image, image::Use::detail));
    d->ShowSection(p.hidden ? "HIDDEN" : "SHOWN");
  }
  web::render(res, page, error ? error->status : 200);
}

void change(web::Request& req, const auth::User& me) {
  auto& db = req.db();
  std::string action = req.arg("action");
  long long id = req.arg("id").empty() ? 0 : admin_ui::to_id(req.arg("id"));
  std::optional<site::Banner> old;
  if (id) {
    old = site::find_banner(db, id);
    if (!old) throw web::NotFound("横幅不存在");
  }
  db::Transaction tx(db);
  if (action == "save") {
    site::Banner p = old.value_or(site::Banner{});
    p.title = req.arg("title");
    p.link = req.arg("link");
    p.sort = admin_ui::to_int(req.arg("sort"), 0);
    if (const auto* up = req.upload("image"); up && !up->data.empty())
      p.image = image::store(up->data, {image::Use::list, image::Use::detail}, "image").hash;
    id = site::save_banner(db, p);
    admin::log(db, me.id, old ? "update" : "create", "banner", id, p.title);
  } else if (id && (action == "hide" || action == "show")) {
    old->hidden = action == "hide";
    site::save_banner(db, *old);
    admin::log(db, me.id, action, "banner", id, old->title);
  } else if (id && action == "delete") {
    site::remove_banner(db, id);
    admin::log(db, me.id, "delete", "banner", id, old->title);
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
    res.redirect("/admin/banners?done=1");
  });
}
