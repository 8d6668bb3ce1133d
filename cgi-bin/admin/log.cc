// GET /admin/log?page=: every admin action, newest first.
#include "admin/admin.h"
#include "cgi-bin/admin/page.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    admin_ui::require_admin(req);
    if (req.is_post()) throw core::MethodNotAllowed();
    constexpr int kPageSize = 100;
    int page_no = std::max(1, admin_ui::to_int(req.param("page"), 1));
    auto rows =
        admin::recent_log(req.db(), "", std::nullopt, kPageSize + 1, (page_no - 1) * kPageSize);
    web::Page page(&req, "admin/log.tpl", "操作日志");
    admin_ui::menu(req, page, "log");
    for (size_t i = 0; i < rows.size() && i < size_t(kPageSize); ++i) {
      const auto& e = rows[i];
      auto* d = page.dict().AddSectionDictionary("LOG");
      d->SetValue("AT", e.created_at);
      d->SetValue("ADMIN", e.admin_name);
      d->SetValue("ACTION", admin::action_name(e.action));
      d->SetValue("OBJECT", admin::object_name(e.object_type));
      if (e.object_id) {
        d->SetIntValue("OBJECT_ID", *e.object_id);
        if (e.object_type == "user")
          d->ShowSection("USER_LINK");
        else
          d->ShowSection("PLAIN_ID");
      }
      d->SetValue("DETAIL", e.detail);
    }
    if (page_no > 1)
      page.dict().SetValueAndShowSection("PREV", std::to_string(page_no - 1), "HAS_PREV");
    if (rows.size() > size_t(kPageSize))
      page.dict().SetValueAndShowSection("NEXT", std::to_string(page_no + 1), "HAS_NEXT");
    web::render(res, page);
  });
}
