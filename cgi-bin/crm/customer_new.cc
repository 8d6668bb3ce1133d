// GET/POST /crm/customers/new: single entry (录入客户); the new customer goes to the next
// consultant of the weighted sequence (crm::assign_new).
#include "cgi-bin/crm/customer_form.h"
#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/assignment.h"
#include "crm/customer.h"
#include "crm/notify.h"
#include "web/serve.h"

namespace {

void render_form(web::Request& req, web::Response& res, const auth::User& u, const crm::Customer& c,
                 const std::string& error, const std::string& field, int status) {
  web::Page page(&req, "crm/new.tpl", "录入客户");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  d.SetValue("ACTION", "/crm/customers/new");
  d.SetValue("HEADING", "录入客户");
  d.SetValue("SUBMIT", "保存并自动分配");
  crm_ui::fill_customer_form(d, c, error, field);
  auto created = req.param("created");
  if (!created.empty() && error.empty()) {
    d.SetValueAndShowSection("CREATED_ID", created, "CREATED");
    d.SetValue("ASSIGNED_TO", req.param("to"));
  }
  web::render(res, page, status);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"sales", "sales_manager"});
    if (!req.is_post()) return render_form(req, res, u, {}, "", "", 200);
    auto c = crm_ui::customer_from_form(req);
    try {
      crm::validate(c);
      auto today = core::today();
      auto a = crm::assign_new(req.db(), crm::Policy::from_config(), c, today, u.id);
      crm::notify_assigned(req.db(), req.redis(), a.consultant_id, c.name, a.customer_id, a.reason,
                           today);
      std::string to = "公户";
      if (a.consultant_id)
        if (auto who = auth::find_user(req.db(), a.consultant_id)) to = who->display_name();
      if (req.wants_json())
        return res.json({{"ok", true},
                         {"id", a.customer_id},
                         {"consultant", a.consultant_id},
                         {"reason", a.reason}});
      // Percent-encoding is left to the browser: the name is shown, never interpreted.
      std::string q;
      for (unsigned char ch : to) {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", ch);
        q += buf;
      }
      res.redirect("/crm/customers/new?created=" + std::to_string(a.customer_id) + "&to=" + q);
    } catch (const core::Error& e) {
      if (req.wants_json() || (e.status != 400 && e.status != 409)) throw;
      render_form(req, res, u, c, e.what(), e.field, e.status);
    }
  });
}
