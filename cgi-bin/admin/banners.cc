// GET/POST /admin/banners: home page banners — add, edit (title, link, picture upload, order),
// hide and delete. The home page reads them from site::snapshot().banners.
#include "cgi-bin/admin/showcase.h"
#include "image/store.h"

namespace {

const admin_ui::Showcase<site::Banner> kBanners{
    "banners",
    "首页横幅",
    "BANNER",
    "title",
    site::banners,
    [](const site::Banner& e, ctemplate::TemplateDictionary* d) {
      d->SetValue("THUMB", image::url(e.image, image::Use::list));
      d->SetValue("FULL", image::url(e.image, image::Use::detail));
    },
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

int main() { return admin_ui::serve_showcase(kBanners); }
