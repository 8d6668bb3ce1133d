// /item/{id}: one purchase item: public statistics for everyone, the quotes with prices and
// phones for its buyer, one's own quotes for a supplier. POST /item/{id}/close: the buyer
// closes it. (The quote form, with its photo uploads, is market/quote_new.)
#include "cgi-bin/market/fill.h"
#include "image/use.h"
#include "market/page_cache.h"
#include "market/purchase.h"
#include "market/quote.h"
#include "market/view.h"
#include "market/views.h"
#include "push/track.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();
    long long id = market_page::id_after(path, "/item/");
    size_t slash = path.find('/', 6);
    std::string tail = slash == std::string::npos ? "" : path.substr(slash);
    auto now = market_page::now();

    if (tail == "/close") {
      if (!req.is_post()) throw web::MethodNotAllowed();
      const auto& user = req.require_login();
      market::close_item(req.db(), user.id, id);
      market::lists_changed();
      res.redirect("/item/" + std::to_string(id));
      return;
    }
    auto it = market::load_item(req.db(), id, now);
    if (!it) throw web::NotFound("采购品种不存在");

    if (!tail.empty() || req.is_post()) throw web::NotFound();

    it->views += market::count_view(req.db(), req.redis(), id);
    if (auto* s = req.existing_session())
      if (auto visit = push::visit_in(s->data)) push::record_view(req.db(), *visit, path, now);
    web::Page page(&req, "market/item.tpl", it->variety_name + " 采购");
    page.script("/js/market.js");
    auto& d = page.dict();
    market_page::fill_item_stats(req, d, *it);
    auto p = market::load_purchase(req.db(), it->purchase_id, now);
    d.SetValue("INVOICE", market::invoice_name(p->invoice));
    d.SetValue("PAYMENT", market::payment_text(p->payment, p->payment_days, p->payment_note));
    d.SetValue("QUALIFICATIONS", market::qualifications_text(p->qualifications));
    d.SetValue("REMARK", p->remark);
    d.SetValue("DEADLINE", p->deadline ? p->deadline->substr(0, 16) : "常年采购");
    if (image::valid_hash(it->photo)) {
      d.SetValue("PHOTO_URL", image::url(it->photo, image::Use::detail));
      d.ShowSection("HAS_PHOTO");
    }

    const auth::User* user = req.user();
    auto quotes = market::quotes_of_item(req.db(), id);
    if (user && user->id == it->buyer_id) {
      auto* b = d.AddSectionDictionary("BUYER_VIEW");
      b->SetValue("CSRF", req.csrf_token());
      if (it->stored == market::kOpen) b->ShowSection("CAN_CLOSE");
      for (const auto& q : quotes) {
        auto* r = b->AddSectionDictionary("QUOTE");
        market_page::fill_quote(r, q);
        r->SetValue("PHONE", q.supplier_phone);
      }
      if (quotes.empty()) b->ShowSection("NO_QUOTES");
      req.db().query("UPDATE quote SET buyer_read = 1 WHERE item_id = ? AND buyer_read = 0", id);
    } else {
      if (it->status.quotable()) d.ShowSection("QUOTE_BUTTON");
      auto* pub = d.AddSectionDictionary("PUBLIC_VIEW");
      for (const auto& q : quotes) {
        auto* r = pub->AddSectionDictionary("QUOTER");
        r->SetValue("SUPPLIER", q.supplier_name);
        r->SetValue("QTIME", market::short_time(q.created_at));
      }
      if (quotes.empty()) pub->ShowSection("NO_QUOTES");
      if (user) {
        bool accepted = false;
        for (const auto& q : market::quotes_by(req.db(), id, user->id)) {
          auto* r = d.AddSectionDictionary("MY_QUOTE");
          market_page::fill_quote(r, q);
          accepted = accepted || q.state == market::kAccepted;
        }
        if (accepted) d.SetValueAndShowSection("BUYER_PHONE", p->buyer_phone, "SHOW_BUYER_PHONE");
      }
    }
    web::render(res, page);
  });
}
