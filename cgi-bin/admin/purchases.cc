// GET /admin/purchases?q=&page= (purchase moderation: the newest orders, by number, phone or
// name) and POST /admin/purchases/{id}/close (reason): an admin closes an open order; the buyer
// is notified with the reason and the action is logged.
#include "admin/purchases.h"

#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "market/clock.h"
#include "market/lists_changed.h"
#include "market/purchase.h"
#include "market/status.h"

namespace {

constexpr int kPageSize = 50;

void list(web::Request& req, web::Response& res) {
  std::string q = req.param("q");
  int page_no = std::max(1, admin_ui::to_int(req.param("page"), 1));
  auto rows = admin::purchases(req.db(), q, kPageSize, (page_no - 1) * kPageSize);
  web::Page page(&req, "admin/purchases.tpl", "采购单管理");
  admin_ui::menu(req, page, "purchases");
  auto& d = page.dict();
  d.SetValue("Q", q);
  for (size_t i = 0; i < rows.size() && i < size_t(kPageSize); ++i) {
    const auto& p = rows[i];
    auto* r = d.AddSectionDictionary("PURCHASE");
    r->SetIntValue("ID", p.id);
    r->SetIntValue("BUYER_ID", p.buyer_id);
    r->SetValue("BUYER", p.buyer);
    r->SetValue("PHONE", p.phone);
    r->SetValue("VARIETIES", p.varieties);
    r->SetIntValue("ITEMS", p.items);
    r->SetValue("CREATED", p.created_at);
    const char* state = p.status == market::kOpenOrder ? "进行中"
                        : p.status == market::kSuccess ? "采购成功"
                                                       : "已关闭";
    r->SetValue("STATE", state);
    if (p.status == market::kOpenOrder) r->ShowSection("OPEN");
  }
  if (rows.empty()) d.ShowSection("NONE");
  if (page_no > 1) d.SetValueAndShowSection("PREV", std::to_string(page_no - 1), "HAS_PREV");
  if (rows.size() > size_t(kPageSize))
    d.SetValueAndShowSection("NEXT", std::to_string(page_no + 1), "HAS_NEXT");
  web::render(res, page);
}

void close_purchase(web::Request& req, web::Response& res, long long id) {
  const auto& me = admin_ui::require_admin(req);
  std::string reason = req.arg("reason");
  auto& db = req.db();
  market::close_by_admin(db, id, reason, market::now());
  admin::log(db, me.id, "close", "purchase", id, reason);
  market::lists_changed();
  res.redirect("/admin/purchases?done=1&q=" + std::to_string(id));
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    admin_ui::require_admin(req);
    if (req.path() == "/admin/purchases") {
      if (req.is_post()) throw core::MethodNotAllowed();
      return list(req, res);
    }
    web::dispatch(req, res, "/admin/purchases/", {{"/close", "POST", close_purchase}});
  });
}
