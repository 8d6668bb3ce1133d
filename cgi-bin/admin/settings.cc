// GET/POST /admin/settings: site title, description, keywords, contact and ICP备案号, which the
// layout shows on every page (title and meta tags, footer).
#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "db/transact.h"
#include "site/site.h"
#include "web/form_error.h"

namespace {

void show(web::Request& req, web::Response& res, const site::Settings& s,
          const core::Error* error) {
  web::Page page(&req, "admin/settings.tpl", "网站设置");
  admin_ui::menu(req, page, "settings");
  if (error) web::show_error(page.dict(), *error);
  page.dict().SetValue("S_TITLE", s.title);
  page.dict().SetValue("S_DESCRIPTION", s.description);
  page.dict().SetValue("S_KEYWORDS", s.keywords);
  page.dict().SetValue("S_CONTACT", s.contact);
  page.dict().SetValue("S_ICP", s.icp);
  web::render(res, page, error ? error->status : 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    auto& db = req.db();
    if (!req.is_post()) return show(req, res, site::load_settings(db), nullptr);
    site::Settings s{req.arg("title"), req.arg("description"), req.arg("keywords"),
                     req.arg("contact"), req.arg("icp")};
    try {
      db::transact(db, [&](db::Transaction& tx) {
        site::save_settings(db, s);
        admin::log(db, me.id, "update", "settings", std::nullopt, s.title);
        tx.commit();
      });
    } catch (const core::BadRequest& e) {
      return show(req, res, s, &e);
    }
    site::changed(req.redis());
    res.redirect("/admin/settings?done=1");
  });
}
