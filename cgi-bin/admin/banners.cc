// GET/POST /admin/banners: home page banners — add, edit (title, link, picture upload, order),
// hide and delete. The home page reads them from site::snapshot().banners.
#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "cgi-bin/admin/showcase.h"
#include "image/store.h"
#include "site/site.h"
#include "web/form_error.h"

namespace {

void show(web::Request& req, web::Response& res, const core::Error* error) {
  web::Page page(&req, "admin/banners.tpl", "首页横幅");
  admin_ui::menu(req, page, "banners");
  if (error) {
    web::show_error(page.dict(), *error);
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

const admin_ui::Showcase<site::Banner> kBanners{
    "banner",
    "横幅不存在",
    site::find_banner,
    site::save_banner,
    site::remove_banner,
    [](const site::Banner& e) { return e.title; },
    [](web::Request& req, site::Banner& e) {
      e.title = req.arg("title");
      if (const auto* up = req.upload("image"); up && !up->data.empty())
        e.image = image::store(up->data, {image::Use::list, image::Use::detail}, "image").hash;
    }};

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (!req.is_post()) return show(req, res, nullptr);
    try {
      admin_ui::change_showcase(req, me, kBanners);
    } catch (const core::BadRequest& e) {
      return show(req, res, &e);
    }
    res.redirect("/admin/banners?done=1");
  });
}
