// GET /crm/customers/public (公户), /crm/customers/mine (我的客户, with 今日待跟进),
// /crm/customers (全部, managers) and /crm/customers/export.xlsx (the same list as a workbook);
// my customers and all customers take the filters q, source, status, intention, consultant,
// from, to.
#include <cgicc/CgiUtils.h>

#include <algorithm>

#include "cgi-bin/crm/customer_form.h"
#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/customer.h"
#include "crm/distribution.h"
#include "crm/reassign.h"
#include "sheet/xlsx.h"
#include "web/pager.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

const int kPerPage = 50;

std::string contact(const crm::Customer& c) {
  if (!c.phone.empty()) return c.phone;
  if (!c.qq.empty()) return "QQ " + c.qq;
  return "微信 " + c.wechat;
}

crm::CustomerFilter filter_of(web::Request& req) {
  crm::CustomerFilter f{req.param("q"),         req.param("source"), req.param("status"),
                        req.param("intention"), req.param("from"),   req.param("to")};
  if (auto id = web::parse_id(req.param("consultant"))) f.consultant_id = *id;
  return f;
}

// The filter form, kept as chosen, and the query string the pager and export links repeat.
std::string filter_form(web::Page& page, web::Request& req, const crm::CustomerFilter& f,
                        bool with_consultant) {
  auto& d = page.dict();
  auto* form = d.AddIncludeDictionary("FILTER");
  form->SetFilename("crm/filter.tpl");
  form->SetValue("ACTION", req.path());
  form->SetValue("Q", f.q);
  form->SetValue("FROM", f.from);
  form->SetValue("TO", f.to);
  std::vector<std::string> sources = crm::sources();
  sources.insert(sources.begin(), "");
  crm_ui::options(*form, "SOURCE_OPT", sources, f.source, "全部来源");
  crm_ui::options(*form, "INTENTION_OPT", {"", "A", "B", "C"}, f.intention, "全部意向");
  for (auto [v, label] : {std::pair{"", "全部状态"}, {"0", "未报名"}, {"1", "已报名"}}) {
    auto* o = form->AddSectionDictionary("STATUS_OPT");
    o->SetValue("VALUE", v);
    o->SetValue("LABEL", label);
    if (f.status == v) o->ShowSection("SELECTED");
  }
  if (with_consultant) {
    auto* c = form->AddSectionDictionary("CONSULTANT_FILTER");
    for (const auto& who : crm::consultants(req.db())) {
      auto* o = c->AddSectionDictionary("CONSULTANT_OPT");
      o->SetIntValue("ID", who.id);
      o->SetValue("NAME", who.name);
      if (who.id == f.consultant_id) o->ShowSection("SELECTED");
    }
  }
  std::string query;
  for (auto [k, v] : {std::pair{"q", f.q},
                      {"source", f.source},
                      {"status", f.status},
                      {"intention", f.intention},
                      {"from", f.from},
                      {"to", f.to},
                      {"consultant", f.consultant_id ? std::to_string(f.consultant_id) : ""}})
    if (!v.empty()) query += std::string("&") + k + "=" + cgicc::form_urlencode(v);
  d.SetValue("FILTER_QUERY", query);
  return query;
}

void pager(web::Page& page, web::Request& req, size_t shown) {
  int n = web::page_number(req);
  if (n > 1) page.dict().SetValueAndShowSection("PREV", std::to_string(n - 1), "HAS_PREV");
  if (shown == kPerPage)
    page.dict().SetValueAndShowSection("NEXT_PAGE", std::to_string(n + 1), "HAS_NEXT");
}

// The filtered list of every customer as an .xlsx workbook (managers), at most 10 000 rows.
void export_sheet(web::Request& req, web::Response& res) {
  req.require_role({"sales_manager"});
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  std::vector<std::vector<std::string>> rows{{"编号", "姓名", "手机", "QQ", "微信", "来源",
                                              "课程顾问", "意向等级", "标签", "接单", "最后跟进",
                                              "下次跟进", "状态", "录入时间"}};
  for (const auto& c : crm::list_all(req.db(), filter_of(req), 10000, 0))
    rows.push_back({std::to_string(c.id), c.name, c.phone, c.qq, c.wechat, c.source,
                    c.consultant_name, c.intention, c.tags, c.taken_date, c.last_follow_date,
                    c.next_follow_date,
                    c.enrolled()                 ? "已报名"
                    : c.is_public(policy, today) ? "公户"
                                                 : "私户",
                    c.created_at});
  res.header("Content-Disposition", "attachment; filename=\"customers-" + today + ".xlsx\"");
  res.send(sheet::write_sheet(rows),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

void list(web::Request& req, web::Response& res, bool pool) {
  const auto& u =
      req.require_role(pool ? std::initializer_list<const char*>{"sales", "sales_manager"}
                            : std::initializer_list<const char*>{"sales_manager"});
  web::Page page(&req, pool ? "crm/public.tpl" : "crm/all.tpl", pool ? "公户客户" : "全部客户");
  // Every write to what the lists show discards kept bodies (crm/customers_changed.h); what
  // only time changes (the day, a customer going public) shows within the copies' ten seconds.
  if (page.own_body()) return web::render(res, page);
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  int offset = (web::page_number(req) - 1) * kPerPage;
  auto filter = filter_of(req);
  auto rows = pool ? crm::list_public(req.db(), policy, today, kPerPage, offset)
                   : crm::list_all(req.db(), filter, kPerPage, offset);
  crm_ui::menu(page, u);
  if (!pool) filter_form(page, req, filter, true);
  page.dict().SetValue("BASE", pool ? "/crm/customers/public" : "/crm/customers");
  for (const auto& c : rows) {
    auto* d = page.dict().AddSectionDictionary("CUSTOMER");
    d->SetIntValue("ID", c.id);
    d->SetValue("NAME", c.name);
    d->SetValue("CONTACT", contact(c));
    d->SetValue("SOURCE", c.source);
    d->SetValue("CONSULTANT", c.consultant_id ? c.consultant_name : "—");
    d->SetValue("TAKEN", c.taken_date.empty() ? "—" : c.taken_date);
    d->SetValue("LAST", c.last_follow_date.empty() ? "—" : c.last_follow_date);
    d->SetValue("INTENTION", c.intention);
    d->SetValue("TAGS", c.tags);
    d->SetValue("STATUS", c.enrolled() ? "已报名" : c.is_public(policy, today) ? "公户" : "私户");
  }
  if (rows.empty()) page.dict().ShowSection("EMPTY");
  pager(page, req, rows.size());
  web::render(res, page);
}

void mine(web::Request& req, web::Response& res) {
  const auto& u = req.require_role({"sales", "sales_manager"});
  web::Page page(&req, "crm/mine.tpl", "我的客户");
  if (page.own_body()) return web::render(res, page);  // as the lists above
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  auto rows = crm::list_mine(req.db(), policy, u.id, today);
  crm_ui::menu(page, u);
  auto filter = filter_of(req);
  filter_form(page, req, filter, false);
  // 今日待跟进: customers still mine whose planned follow-up is today or overdue.
  ctemplate::TemplateDictionary* due = nullptr;
  for (const auto& m : rows) {
    if (m.status != 1 || m.next_follow_date.empty() || m.next_follow_date > today) continue;
    if (!due) due = page.dict().AddSectionDictionary("HAS_DUE");
    auto* t = due->AddSectionDictionary("DUE");
    t->SetIntValue("ID", m.customer_id);
    t->SetValue("NAME", m.name);
    t->SetValue("DATE", m.next_follow_date);
    if (m.next_follow_date < today) t->ShowSection("OVERDUE");
  }
  page.dict().SetIntValue("CAP", policy.private_cap);
  page.dict().SetIntValue("HELD", crm::private_count(req.db(), u.id, policy, today));
  for (const auto& m : rows) {
    crm::Customer as{};
    as.name = m.name, as.phone = m.phone, as.qq = m.qq, as.wechat = m.wechat;
    as.source = m.source, as.intention = m.intention;
    as.status = m.status == 2 ? 1 : 0;
    if (!filter.matches(as)) continue;
    auto* d = page.dict().AddSectionDictionary("ROW");
    d->SetIntValue("ID", m.customer_id);
    d->SetValue("NAME", m.name);
    d->SetValue("CONTACT", !m.phone.empty() ? m.phone
                           : !m.qq.empty()  ? "QQ " + m.qq
                                            : "微信 " + m.wechat);
    d->SetValue("SOURCE", m.source);
    d->SetValue("ASSIGNED", m.assigned_date);
    d->SetValue("HOW", m.how == "grab" ? "抢单" : m.how == "reassign" ? "转入" : "分配");
    d->SetValue("INTENTION", m.intention);
    d->SetValue("NEXT", m.next_follow_date);
    d->SetValue("LAST", m.last_follow_date);
    d->SetValue("STATUS", crm::distribution_status_name(m.status));
    d->SetIntValue("STATUS_CODE", m.status);
    if (m.days_left >= 0) {
      auto* cd = d->AddSectionDictionary("COUNTDOWN");
      cd->SetIntValue("DAYS", m.days_left);
      cd->SetValue("RELEASE", m.release_date);
      if (m.days_left <= 1) cd->ShowSection("URGENT");
    }
    d->ShowSection(m.status == 1 ? "OPEN" : "CLOSED");
  }
  if (rows.empty()) page.dict().ShowSection("EMPTY");
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.method() != "GET" && req.method() != "HEAD") throw core::MethodNotAllowed();
    if (req.path() == "/crm/customers/public") return list(req, res, true);
    if (req.path() == "/crm/customers/mine") return mine(req, res);
    if (req.path() == "/crm/customers") return list(req, res, false);
    if (req.path() == "/crm/customers/export.xlsx") return export_sheet(req, res);
    throw core::NotFound();
  });
}
