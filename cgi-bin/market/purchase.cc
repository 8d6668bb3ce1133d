// /purchase/{id}: the order page; /published: the share page after publishing; POST /close
// and /success: the buyer's order actions. (/qr.png is market/qr.)
#include "market/purchase.h"

#include "cgi-bin/market/rows.h"
#include "market/lists_changed.h"
#include "market/view.h"
#include "web/path_id.h"
#include "web/serve.h"
#include "web/verified_badge.h"

namespace {

void fill_purchase(ctemplate::TemplateDictionary& d, const market::PurchaseRow& p) {
  d.SetIntValue("PID", p.id);
  d.SetValue("BUYER", market::member_label(p.buyer_company, p.buyer_name));
  web::show_verified_badge(d, p.buyer_verified, "BUYER_BADGE");
  d.SetValue("AREA", p.area);
  d.SetValue("INVOICE", market::invoice_name(p.invoice));
  d.SetValue("PAYMENT", market::payment_text(p.payment, p.payment_days, p.payment_note));
  d.SetValue("SAMPLE", p.sample ? "需要寄样：" + p.sample_recipient : "无需寄样");
  d.SetValue("QUALIFICATIONS", market::qualifications_text(p.qualifications));
  d.SetValue("ACCEPTANCE", p.acceptance);
  d.SetValue("REMARK", p.remark);
  d.SetValue("CREATED", p.created_at.substr(0, 16));
  d.SetValue("DEADLINE", p.deadline ? p.deadline->substr(0, 16) : "常年采购");
  d.SetValue("PSTATUS", p.status.label);
  d.SetValue("PSTATUS_CSS", p.status.css());
}

// The buyer closes the purchase or marks it a success.
void change(web::Request& req, web::Response& res, long long id, bool success) {
  const auto& user = req.require_login();
  if (success)
    market::mark_success(req.db(), user.id, id);
  else
    market::close_purchase(req.db(), user.id, id);
  market::lists_changed();
  res.redirect("/purchase/" + std::to_string(id));
}

// The purchase as its buyer and everyone else sees it, or (`published`) the page its buyer
// lands on after publishing, with the share link.
void show(web::Request& req, web::Response& res, long long id, bool published) {
  auto now = market::now();
  auto p = market::load_purchase(req.db(), id, now);
  if (!p) throw core::NotFound("采购单不存在");
  const auth::User* user = req.user();
  bool mine = user && user->id == p->buyer_id;
  if (published) {
    if (!mine) throw core::NotFound("采购单不存在");
    web::Page page(&req, "market/published.tpl", "发布成功");
    page.script("/js/market.js");
    page.dict().SetIntValue("PID", id);
    page.dict().SetValue("LINK", market::share_link(id));
    web::render(res, page);
    return;
  }
  web::Page page(&req, "market/purchase.tpl", "采购单详情");
  auto& d = page.dict();
  fill_purchase(d, *p);
  for (const auto& it : market::items_of(req.db(), id, now))
    market_ui::fill_item(d.AddSectionDictionary("ITEM"), it, user ? user->id : 0);
  if (user && user->is_admin()) d.ShowSection("ADMIN");
  if (mine) {
    auto* b = d.AddSectionDictionary("MINE");
    if (p->stored == market::kOpen) b->ShowSection("CAN_CHANGE");
  }
  web::render(res, page);
}

void show_purchase(web::Request& req, web::Response& res, long long id) {
  show(req, res, id, false);
}
void show_published(web::Request& req, web::Response& res, long long id) {
  show(req, res, id, true);
}
void close_purchase(web::Request& req, web::Response& res, long long id) {
  change(req, res, id, false);
}
void mark_success(web::Request& req, web::Response& res, long long id) {
  change(req, res, id, true);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    web::dispatch(req, res, "/purchase/",
                  {
                      {"", "GET", show_purchase},
                      {"/published", "GET", show_published},
                      {"/close", "POST", close_purchase},
                      {"/success", "POST", mark_success},
                  });
  });
}
