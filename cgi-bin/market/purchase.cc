// /purchase/{id}: the order page; /published: the share page after publishing; POST /close
// and /success: the buyer's order actions. (/qr.png is market/qr.)
#include "market/purchase.h"

#include "cgi-bin/market/fill.h"
#include "market/page_cache.h"
#include "market/view.h"
#include "web/serve.h"

namespace {

void fill_purchase(ctemplate::TemplateDictionary& d, const market::PurchaseRow& p) {
  d.SetIntValue("PID", p.id);
  d.SetValue("BUYER", p.buyer_name);
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

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();
    long long id = market_page::id_after(path, "/purchase/");
    std::string tail =
        path.substr(path.find('/', 10) == std::string::npos ? path.size() : path.find('/', 10));
    if (tail == "/close" || tail == "/success") {
      if (!req.is_post()) throw web::MethodNotAllowed();
      const auto& user = req.require_login();
      if (tail == "/close")
        market::close_purchase(req.db(), user.id, id);
      else
        market::mark_success(req.db(), user.id, id);
      market::lists_changed();
      res.redirect("/purchase/" + std::to_string(id));
      return;
    }
    if (req.is_post()) throw web::MethodNotAllowed();
    auto now = market_page::now();
    auto p = market::load_purchase(req.db(), id, now);
    if (!p) throw web::NotFound("采购单不存在");
    const auth::User* user = req.user();
    bool mine = user && user->id == p->buyer_id;
    if (tail == "/published") {
      if (!mine) throw web::NotFound("采购单不存在");
      web::Page page(&req, "market/published.tpl", "发布成功");
      page.script("/js/market.js");
      page.dict().SetIntValue("PID", id);
      page.dict().SetValue("LINK", market::share_link(id));
      web::render(res, page);
      return;
    }
    if (!tail.empty()) throw web::NotFound();
    web::Page page(&req, "market/purchase.tpl", "采购单详情");
    auto& d = page.dict();
    fill_purchase(d, *p);
    for (const auto& it : market::items_of(req.db(), id, now))
      market_page::fill_item(d.AddSectionDictionary("ITEM"), it, user ? user->id : 0);
    if (mine) {
      auto* b = d.AddSectionDictionary("MINE");
      b->SetValue("CSRF", req.csrf_token());
      if (p->stored == market::kOpen) b->ShowSection("CAN_CHANGE");
    }
    web::render(res, page);
  });
}
