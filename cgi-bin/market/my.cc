// /my/purchases (tabs with counts), /my/quotes, a page at a time; /my/notifications (opening
// marks them read).
#include "admin/admin.h"
#include "cgi-bin/market/rows.h"
#include "market/notification.h"
#include "market/view.h"
#include "web/pager.h"
#include "web/serve.h"

namespace {

// A page of orders (each with its items) or of quotes: short enough for a phone.
constexpr int kOrdersPerPage = 20;
constexpr int kQuotesPerPage = 20;

void my_purchases(web::Request& req, web::Response& res, long long uid) {
  auto now = market::now();
  std::string tab = req.param("tab");
  if (tab != "active" && tab != "ended" && tab != "closed") tab = "all";
  web::Pager pager(req, kOrdersPerPage);
  auto m = market::my_purchases(req.db(), uid, tab, now, pager.limit(), pager.offset());
  pager.fit(m.rows);
  web::Page page(&req, "market/my_purchases.tpl", "我的采购");
  auto& d = page.dict();
  pager.show(d, "/my/purchases?tab=" + tab + "&page=");
  const std::tuple<const char*, const char*, long long> tabs[] = {{"all", "全部", m.all},
                                                                  {"active", "进行中", m.active},
                                                                  {"ended", "已结束", m.ended},
                                                                  {"closed", "关闭", m.closed}};
  for (const auto& [key, name, count] : tabs) {
    auto* t = d.AddSectionDictionary("TAB");
    t->SetValue("KEY", key);
    t->SetValue("NAME", name);
    t->SetIntValue("COUNT", count);
    if (tab == key) t->SetValue("ACTIVE", "active");
  }
  // The orders' items and their quote summaries in two queries for the whole page.
  std::vector<long long> order_ids, item_ids;
  for (const auto& p : m.rows) order_ids.push_back(p.id);
  auto items = market::items_of(req.db(), order_ids, now);
  for (const auto& [pid, list] : items)
    for (const auto& it : list) item_ids.push_back(it.id);
  auto summaries = market::item_summaries(req.db(), item_ids);
  for (const auto& p : m.rows) {
    auto* o = d.AddSectionDictionary("ORDER");
    o->SetIntValue("PID", p.id);
    o->SetValue("CREATED", p.created_at.substr(0, 16));
    o->SetValue("PSTATUS", p.status.label);
    o->SetValue("PSTATUS_CSS", p.status.css());
    for (const auto& it : items[p.id]) {
      auto* r = o->AddSectionDictionary("ITEM");
      market_ui::fill_item(r, it);
      const auto& s = summaries[it.id];
      r->SetValue("LOWEST", s.lowest.empty() ? "—" : "¥" + market::trim_amount(s.lowest));
      r->SetIntValue("ACCEPTED", s.accepted);
      if (s.unread) r->SetValueAndShowSection("UNREAD", std::to_string(s.unread), "HAS_UNREAD");
    }
  }
  if (m.rows.empty()) d.ShowSection("EMPTY");
  web::render(res, page);
}

void my_quotes(web::Request& req, web::Response& res, long long uid) {
  web::Page page(&req, "market/my_quotes.tpl", "我的报价");
  auto& d = page.dict();
  web::Pager pager(req, kQuotesPerPage);
  auto rows = market::my_quotes(req.db(), uid, market::now(), pager.limit(), pager.offset());
  pager.fit(rows);
  pager.show(d, "/my/quotes?page=");
  for (const auto& q : rows) {
    auto* r = d.AddSectionDictionary("ROW");
    market_ui::fill_item(r, q.item);
    market_ui::fill_quote(r, q.quote);
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  web::render(res, page);
}

void my_notifications(web::Request& req, web::Response& res, long long uid) {
  auto list = market::list_notifications(req.db(), uid, 50, 0);
  web::Page page(&req, "market/notifications.tpl", "我的通知");
  auto& d = page.dict();
  for (const auto& n : list) {
    auto* r = d.AddSectionDictionary("NOTE");
    r->SetValue("TYPE", market::notification_type_name(n.type));
    r->SetValue("TITLE", n.title);
    r->SetValue("BODY", n.body);
    r->SetValue("LINK", n.link.empty() ? "#" : n.link);
    r->SetValue("TIME", market::short_time(n.created_at));
    if (!n.read) r->ShowSection("UNREAD_NOTE");
  }
  // System notices (type 4) are read from the admin's notice table for the member's type
  // rather than copied into one row per member on broadcast; shown now, so seen.
  auto notices = admin::notices_for(req.db(), req.user()->user_type, 20);
  auto unseen = market::unseen_notices(req.db(), uid);
  for (const auto& n : notices) {
    auto* r = d.AddSectionDictionary("NOTICE");
    r->SetValue("TITLE", n.title);
    r->SetValue("BODY", n.body);
    r->SetValue("TIME", n.created_at);
    if (unseen.count(n.id)) r->ShowSection("UNREAD_NOTICE");
  }
  if (list.empty() && notices.empty()) d.ShowSection("EMPTY");
  // The page is rendered before anything is marked, so its header badge counts exactly the
  // 未读 marks it shows; shown now, they are read, and the badge drops on the next page.
  std::string html = page.render();
  if (!list.empty()) market::mark_read(req.db(), uid, list.front().id);
  if (!notices.empty()) market::mark_notices_seen(req.db(), uid, notices.front().id);
  res.html(std::move(html));
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.is_post()) throw core::MethodNotAllowed();
    const auto& user = req.require_login();
    if (req.path() == "/my/purchases")
      my_purchases(req, res, user.id);
    else if (req.path() == "/my/quotes")
      my_quotes(req, res, user.id);
    else if (req.path() == "/my/notifications")
      my_notifications(req, res, user.id);
    else
      throw core::NotFound();
  });
}
