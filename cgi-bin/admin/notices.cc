// GET/POST /admin/notices: system notices (通知 type 4) to everyone or one member type. They
// are kept in our own `notice` table; the marketplace's notification list reads them with
// admin::notices_for().
#include "admin/admin.h"
#include "cgi-bin/admin/frame.h"

namespace {

void show(web::Request& req, web::Response& res, const web::Error* error) {
  web::Page page(&req, "admin/notices.tpl", "系统通知");
  admin_ui::frame(req, page, "notices");
  auto& d = page.dict();
  std::string audience = req.arg("audience");
  if (error) {
    admin_ui::show_error(page, *error);
    d.SetValue("N_TITLE", req.arg("title"));
    d.SetValue("N_BODY", req.arg("body"));
  }
  for (int t = 1; t <= 10; ++t) {
    auto* o = d.AddSectionDictionary("TYPE");
    o->SetIntValue("VALUE", t);
    o->SetValue("LABEL", auth::member_type_name(t));
    if (error && audience == std::to_string(t)) o->ShowSection("SELECTED");
  }
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
    } catch (const web::BadRequest& e) {
      return show(req, res, &e);
    }
    res.redirect("/admin/notices?done=1");
  });
}
