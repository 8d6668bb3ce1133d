// GET/POST /crm/customers/new: single entry (录入客户); the new customer goes to the next
// consultant of the weighted sequence (crm::assign_new).
#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/assignment.h"
#include "crm/customer.h"
#include "crm/notify.h"
#include "web/form_error.h"
#include "web/serve.h"

namespace {

crm::Customer from_form(web::Request& req) {
  crm::Customer c;
  c.name = req.arg("name");
  c.qq = req.arg("qq");
  c.phone = req.arg("phone");
  c.wechat = req.arg("wechat");
  auto g = req.arg("gender");
  c.gender = g == "1" ? 1 : g == "2" ? 2 : g.empty() || g == "0" ? 0 : -1;
  c.education = req.arg("education");
  c.school = req.arg("school");
  c.major = req.arg("major");
  c.work_experience = req.arg("work_experience");
  c.work_status = req.arg("work_status");
  c.company = req.arg("company");
  c.salary = req.arg("salary");
  c.source = req.arg("source");
  c.referrer = req.arg("referrer");
  c.note = req.arg("note");
  c.courses = req.args("courses");
  return c;
}

void options(ctemplate::TemplateDictionary& d, const char* section,
             const std::vector<std::string>& list, const std::string& chosen) {
  for (const auto& v : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("VALUE", v);
    o->SetValue("LABEL", v.empty() ? "请选择" : v);
    if (v == chosen) o->ShowSection("SELECTED");
  }
}

void render_form(web::Request& req, web::Response& res, const auth::User& u, const crm::Customer& c,
                 const std::string& error, const std::string& field, int status) {
  web::Page page(&req, "crm/new.tpl", "录入客户");
  crm_page::menu(page, u);
  auto& d = page.dict();
  for (auto [key, value] : {std::pair{"NAME", c.name},
                            {"QQ", c.qq},
                            {"PHONE", c.phone},
                            {"WECHAT", c.wechat},
                            {"SCHOOL", c.school},
                            {"MAJOR", c.major},
                            {"WORK_EXPERIENCE", c.work_experience},
                            {"WORK_STATUS", c.work_status},
                            {"COMPANY", c.company},
                            {"SALARY", c.salary},
                            {"REFERRER", c.referrer},
                            {"NOTE", c.note}})
    d.SetValue(key, value);
  d.ShowSection(c.gender == 1 ? "MALE" : c.gender == 2 ? "FEMALE" : "UNKNOWN");
  options(d, "SOURCE_OPT", crm::sources(), c.source);
  options(d, "EDUCATION_OPT", crm::educations(), c.education);
  for (const auto& course : crm::courses()) {
    auto* o = d.AddSectionDictionary("COURSE_OPT");
    o->SetValue("VALUE", course);
    for (const auto& chosen : c.courses)
      if (chosen == course) o->ShowSection("CHECKED");
  }
  if (!error.empty()) web::show_error(d, error, field);
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
    auto c = from_form(req);
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
