// GET /crm/customers/public (公户), /crm/customers/mine (我的客户), /crm/customers (全部,
// managers).
#include <algorithm>

#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/customer.h"
#include "crm/distribution.h"
#include "web/serve.h"

namespace {

const int kPerPage = 50;

int page_number(web::Request& req) {
  try {
    return std::clamp(std::stoi(req.param("page")), 1, 10000);
  } catch (...) {
    return 1;
  }
}

std::string contact(const crm::Customer& c) {
  if (!c.phone.empty()) return c.phone;
  if (!c.qq.empty()) return "QQ " + c.qq;
  return "微信 " + c.wechat;
}

void pager(web::Page& page, web::Request& req, size_t shown) {
  int n = page_number(req);
  if (n > 1) page.dict().SetValueAndShowSection("PREV", std::to_string(n - 1), "HAS_PREV");
  if (shown == kPerPage)
    page.dict().SetValueAndShowSection("NEXT_PAGE", std::to_string(n + 1), "HAS_NEXT");
}

void list(web::Request& req, web::Response& res, bool pool) {
  const auto& u =
      req.require_role(pool ? std::initializer_list<const char*>{"sales", "sales_manager"}
                            : std::initializer_list<const char*>{"sales_manager"});
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  int offset = (page_number(req) - 1) * kPerPage;
  auto rows = pool ? crm::list_public(req.db(), policy, today, kPerPage, offset)
                   : crm::list_all(req.db(), kPerPage, offset);
  web::Page page(&req, pool ? "crm/public.tpl" : "crm/all.tpl", pool ? "公户客户" : "全部客户");
  crm_page::menu(page, u);
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
    d->SetValue("STATUS", c.enrolled() ? "已报名" : c.is_public(policy, today) ? "公户" : "私户");
  }
  if (rows.empty()) page.dict().ShowSection("EMPTY");
  pager(page, req, rows.size());
  web::render(res, page);
}

void mine(web::Request& req, web::Response& res) {
  const auto& u = req.require_role({"sales", "sales_manager"});
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  auto rows = crm::list_mine(req.db(), policy, u.id, today);
  web::Page page(&req, "crm/mine.tpl", "我的客户");
  crm_page::menu(page, u);
  page.dict().SetIntValue("CAP", policy.private_cap);
  page.dict().SetIntValue("HELD", crm::private_count(req.db(), u.id, policy, today));
  for (const auto& m : rows) {
    auto* d = page.dict().AddSectionDictionary("ROW");
    d->SetIntValue("ID", m.customer_id);
    d->SetValue("NAME", m.name);
    d->SetValue("CONTACT", !m.phone.empty() ? m.phone
                           : !m.qq.empty()  ? "QQ " + m.qq
                                            : "微信 " + m.wechat);
    d->SetValue("SOURCE", m.source);
    d->SetValue("ASSIGNED", m.assigned_date);
    d->SetValue("HOW", m.how == "grab" ? "抢单" : "分配");
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
    throw core::NotFound();
  });
}
