// GET/POST /admin/partners: partner logos (入驻企业) shown in the site footer — add, edit
// (name, link, logo upload, order), hide and delete.
#include "cgi-bin/admin/showcase.h"
#include "image/store.h"

namespace {

const admin_ui::Showcase<site::Partner> kPartners{
    "partners",
    "入驻企业",
    "PARTNER",
    "name",
    site::partners,
    [](const site::Partner& e, ctemplate::TemplateDictionary* d) {
      if (!e.logo.empty())
        d->SetValueAndShowSection("LOGO", image::url(e.logo, image::Use::logo), "HAS_LOGO");
    },
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

int main() { return admin_ui::serve_showcase(kPartners); }
