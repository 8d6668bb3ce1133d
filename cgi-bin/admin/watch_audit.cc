// GET /admin/watch/audit?imei&via&before: who did what in the family-watch service, newest
// first (admin, support).
#include "cgi-bin/admin/page.h"
#include "cgi-bin/admin/watch_audit_entry.h"
#include "watch/device.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    admin_ui::require_watch_support(req);
    if (req.is_post()) throw core::MethodNotAllowed();
    web::Page page(&req, "admin/watch_audit.tpl", "手表审计");
    admin_ui::menu(req, page, "watch_audit");
    auto& d = page.dict();
    watch::AuditQuery q;
    q.imei = watch::valid_imei(req.param("imei")) ? req.param("imei") : "";
    std::string via = req.param("via");
    q.via = via == "app" || via == "admin" ? via : "";
    q.before = web::parse_id(req.param("before")).value_or(0);
    d.SetValue("IMEI", q.imei);
    d.SetValue("VIA", q.via);
    if (!q.via.empty()) d.ShowSection(q.via == "app" ? "VIA_APP" : "VIA_ADMIN");
    auto rows = watch::audit_log(req.db(), q);
    for (const auto& e : rows) {
      auto* o = d.AddSectionDictionary("ENTRY");
      admin_ui::fill_audit_entry(o, e);
      o->SetValue("IMEI", e.imei);
      if (e.circle_id)
        o->SetValueAndShowSection("CIRCLE", std::to_string(e.circle_id), "HAS_CIRCLE");
    }
    if (rows.size() == static_cast<size_t>(q.limit))
      d.SetValueAndShowSection("BEFORE", std::to_string(rows.back().id), "HAS_MORE");
    web::render(res, page);
  });
}
