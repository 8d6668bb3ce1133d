// GET/POST /admin/partners: partner logos (入驻企业) shown in the site footer — add, edit
// (name, link, logo upload, order), hide and delete.
#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "cgi-bin/admin/showcase.h"
#include "image/store.h"
#include "site/site.h"
#include "web/form_error.h"

namespace {

void show(web::Request& req, web::Response& res, const core::Error* error) {
  web::Page page(&req, "admin/partners.tpl", "入驻企业");
  admin_ui::menu(req, page, "partners");
  if (error) {
    web::show_error(page.dict(), *error);
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

const admin_ui::Showcase<site::Partner> kPartners{
    "partner",
    "企业不存在",
    site::find_partner,
    site::save_partner,
    site::remove_partner,
    [](const site::Partner& e) { return e.name; },
    [](web::Request& req, site::Partner& e) {
      e.name = req.arg("name");
      if (const auto* up = req.upload("logo"); up && !up->data.empty())
        e.logo = image::store(up->data, {image::Use::logo}, "logo").hash;
    }};

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (!req.is_post()) return show(req, res, nullptr);
    try {
      admin_ui::change_showcase(req, me, kPartners);
    } catch (const core::BadRequest& e) {
      return show(req, res, &e);
    }
    res.redirect("/admin/partners?done=1");
  });
}
