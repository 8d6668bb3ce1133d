// /crm/customers/{id}: the customer page; POST .../grab (抢单), .../follow (跟进记录, fields
// note and next_follow_date), .../enroll (报名; optional class_id: the class the new student
// joins), .../assign (managers: consultant_id); GET/POST .../edit (修改资料, logged). Sales see
// their own private customers and the pool only.
#include "crm/customer.h"

#include "cgi-bin/crm/customer_form.h"
#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/access.h"
#include "crm/customer_edit.h"
#include "crm/distribution.h"
#include "crm/follow.h"
#include "crm/grab.h"
#include "crm/reassign.h"
#include "crm/school.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

const char* gender_name(int g) { return g == 1 ? "男" : g == 2 ? "女" : "未知"; }

void show(web::Request& req, web::Response& res, const auth::User& u, long long id) {
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  auto c = crm::find(req.db(), id);
  if (!c) throw core::NotFound("客户不存在");
  crm::authorize_view(u, *c, policy, today);
  bool pub = c->is_public(policy, today);
  web::Page page(&req, "crm/customer.tpl", c->name);
  crm_ui::menu(page, u);
  auto& d = page.dict();
  d.SetIntValue("ID", c->id);
  for (auto [key, value] : {std::pair{"NAME", c->name},
                            {"QQ", c->qq},
                            {"PHONE", c->phone},
                            {"WECHAT", c->wechat},
                            {"EDUCATION", c->education},
                            {"SCHOOL", c->school},
                            {"MAJOR", c->major},
                            {"WORK_EXPERIENCE", c->work_experience},
                            {"WORK_STATUS", c->work_status},
                            {"COMPANY", c->company},
                            {"SALARY", c->salary},
                            {"SOURCE", c->source},
                            {"REFERRER", c->referrer},
                            {"NOTE", c->note},
                            {"TAKEN", c->taken_date},
                            {"TAGS", c->tags},
                            {"NEXT", c->next_follow_date},
                            {"LAST", c->last_follow_date},
                            {"CREATED_AT", c->created_at}})
    d.SetValue(key, value);
  d.SetValue("GENDER", gender_name(c->gender));
  d.SetValue("INTENTION", c->intention.empty() ? "未定" : c->intention + " 级");
  d.SetValue("TODAY", today);
  std::string courses;
  for (const auto& course : c->courses) courses += (courses.empty() ? "" : "、") + course;
  d.SetValue("COURSES", courses);
  d.SetValue("CONSULTANT", c->consultant_id && !pub ? c->consultant_name : "公户");
  d.SetValue("STATUS", c->enrolled() ? "已报名" : "未报名");
  if (pub) {
    d.ShowSection("PUBLIC");
  } else if (!c->enrolled()) {
    auto rel = crm::release_of(policy, c->taken_date, c->last_follow_date);
    d.SetValue("RELEASE", rel.date);
    d.SetIntValue("DAYS", crm::days_between(today, rel.date));
    d.ShowSection("PRIVATE");
    for (const auto& k : crm::list_classes(req.db())) {
      auto* o = d.AddSectionDictionary("CLASS_OPT");
      o->SetIntValue("ID", k.id);
      o->SetValue("NAME", k.name + "（" + k.course + "）");
    }
  }
  if (!pub) d.ShowSection("CAN_FOLLOW");
  if (!pub || crm::manages(u)) d.ShowSection("CAN_EDIT");
  if (crm::manages(u) && !c->enrolled()) {
    auto* a = d.AddSectionDictionary("CAN_ASSIGN");
    for (const auto& who : crm::consultants(req.db())) {
      auto* o = a->AddSectionDictionary("CONSULTANT_OPT");
      o->SetIntValue("ID", who.id);
      o->SetValue("NAME", who.name);
      if (who.id == c->consultant_id && !pub) o->ShowSection("SELECTED");
    }
  }
  auto changes = crm::customer_changes(req.db(), id);
  auto* box = changes.empty() ? nullptr : d.AddSectionDictionary("HAS_CHANGES");
  for (const auto& h : changes) {
    auto* hd = box->AddSectionDictionary("CHANGE");
    hd->SetValue("AT", h.at);
    hd->SetValue("BY", h.by);
    hd->SetValue("WHAT", h.changes);
  }
  for (const auto& f : crm::follow_ups(req.db(), id)) {
    auto* fd = d.AddSectionDictionary("FOLLOW");
    fd->SetValue("DATE", f.follow_date);
    fd->SetValue("BY", f.consultant_name);
    fd->SetValue("TEXT", f.note);
  }
  web::render(res, page);
}

// GET/POST /crm/customers/{id}/edit: the entry form over the customer, saved with a log line.
void edit(web::Request& req, web::Response& res, const auth::User& u, long long id) {
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  auto c = crm::find(req.db(), id);
  if (!c) throw core::NotFound("客户不存在");
  crm::authorize_view(u, *c, policy, today);
  std::string error, field;
  int status = 200;
  if (req.is_post()) {
    auto typed = crm_ui::customer_from_form(req);
    typed.id = id;
    try {
      crm::update_customer(req.db(), policy, typed, u, today);
      return res.redirect("/crm/customers/" + std::to_string(id) + "?done=edited");
    } catch (const core::Error& e) {
      if (e.status != 400 && e.status != 409) throw;
      error = e.what(), field = e.field, status = e.status;
      *c = typed;
    }
  }
  web::Page page(&req, "crm/new.tpl", "修改客户资料");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  std::string self = "/crm/customers/" + std::to_string(id);
  d.SetValue("ACTION", self + "/edit");
  d.SetValue("HEADING", "修改客户资料：" + c->name);
  d.SetValue("SUBMIT", "保存修改");
  d.SetValueAndShowSection("CANCEL_URL", self, "CANCEL");
  crm_ui::fill_customer_form(d, *c, error, field);
  web::render(res, page, status);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"sales", "sales_manager"});
    auto [id, rest] = web::id_in_path(req.path(), "/crm/customers/");
    std::string action = rest.empty() ? "" : rest.substr(1);  // "/grab" -> "grab"
    if (action.empty()) {
      if (req.is_post()) throw core::MethodNotAllowed();
      return show(req, res, u, id);
    }
    if (action == "edit") return edit(req, res, u, id);
    if (!req.is_post()) throw core::MethodNotAllowed();
    auto policy = crm::Policy::from_config();
    auto today = core::today();
    std::string done;
    if (action == "grab") {
      if (!u.has_role("sales") && !u.is_admin()) throw core::Forbidden("只有课程顾问可以抢单");
      crm::grab(req.db(), policy, id, u.id, today);
      done = "grabbed";
    } else if (action == "follow") {
      crm::follow_up(req.db(), policy, id, u, req.arg("note"), today, req.arg("next_follow_date"));
      done = "followed";
    } else if (action == "assign") {
      auto to = web::parse_id(req.arg("consultant_id"));
      if (!to) throw core::BadRequest("请选择一位课程顾问", "consultant_id");
      crm::reassign(req.db(), policy, id, *to, u, today);
      done = "assigned";
    } else if (action == "enroll") {
      long long class_id = 0;
      if (auto v = req.arg("class_id"); !v.empty()) {
        if (v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos)
          throw core::BadRequest("班级不正确", "class_id");
        class_id = std::stoll(v);
      }
      crm::enroll(req.db(), policy, id, u, today, class_id);
      done = "enrolled";
    } else {
      throw core::NotFound();
    }
    if (req.wants_json()) return res.json({{"ok", true}, {"id", id}, {"done", done}});
    res.redirect("/crm/customers/" + std::to_string(id) + "?done=" + done);
  });
}
