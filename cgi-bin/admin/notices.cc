// GET/POST /admin/notices: system notices (通知 type 4) to everyone or one member type. They
// are kept in our own `notice` table; the marketplace's notification list reads them with
// admin::notices_for().
#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "web/form_error.h"
#include "web/member_type.h"

namespace {

void show(web::Request& req, web::Response& res, const core::Error* error) {
  web::Page page(&req, "admin/notices.tpl", "系统通知");
  admin_ui::menu(req, page, "notices");
  auto& d = page.dict();
  std::string audience = req.arg("audience");
  if (error) {
    web::show_error(page.dict(), *error);
    d.SetValue("N_TITLE", req.arg("title"));
    d.SetValue("N_BODY", req.arg("body"));
  }
  web::member_type_options(d, error ? admin_ui::to_int(audience, 0) : 0);
  for (const auto& n : admin::notices(req.db(), 50)) {
    auto* o = d.AddSectionDictionary("NOTICE");
    o->SetValue("TITLE", n.title);
    o->SetValue("BODY", n.body);
    o->SetValue("AT", n.created_at);
    o->SetValue("ADMIN", n.admin_name);
    o->SetValue("AUDIENCE", n.user_type ? auth::member_type_name(*n.user_type) : "全部会员");
  }
  web::render(res, page, error ? error->status : 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (!req.is_post()) return show(req, res, nullptr);
    std::string audience = req.arg("audience");
    std::optional<int> type;
    if (audience != "all") type = admin_ui::to_int(audience, 0);
    try {
      admin::publish_notice(req.db(), me, req.arg("title"), req.arg("body"), type);
    } catch (const core::BadRequest& e) {
      return show(req, res, &e);
    }
    res.redirect("/admin/notices?done=1");
  });
}
