// /item/{id}: one purchase item: public statistics for everyone, the quotes with prices and
// phones for its buyer, one's own quotes for a supplier (kept per member until the market
// changes, web::Page::own_body). POST /item/{id}/close: the buyer
// closes it. (The quote form, with its photo uploads, is market/quote_new.)
#include "cgi-bin/market/rows.h"
#include "image/use.h"
#include "market/lists_changed.h"
#include "market/purchase.h"
#include "market/quote.h"
#include "market/view.h"
#include "push/track.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

void close_item(web::Request& req, web::Response& res, long long id) {
  const auto& user = req.require_login();
  market::close_item(req.db(), user.id, id);
  market::lists_changed();
  res.redirect("/item/" + std::to_string(id));
}

// 我要报价 as this visitor may use it: a visitor without a session is led to log in by it; a
// supplier who cannot quote now sees it disabled with the reason (a quote waiting for the
// buyer, the week's quota used), one who can sees what is left of the week's quota.
void quote_button(web::Request& req, ctemplate::TemplateDictionary& d, long long item_id,
                  const auth::User* user, const std::string& now) {
  auto* b = d.AddSectionDictionary("QUOTE_BUTTON");
  if (!user) return b->ShowSection("CAN_QUOTE");
  auto chance = market::quote_chance(req.db(), user->id, item_id, now, market::weekly_quota());
  if (!chance.allowed())
    return b->SetValueAndShowSection("REASON", chance.reason(), "CANNOT_QUOTE");
  b->ShowSection("CAN_QUOTE");
  b->SetIntValue("LEFT", chance.left);
  b->ShowSection("QUOTA_LEFT");
}

void show_item(web::Request& req, web::Response& res, long long id) {
  auto now = market::now();
  web::Page page(&req, "market/item.tpl", "采购");
  page.script("/js/market.js");
  // A member's page changes only with the market (which discards it) and time; a missing item
  // has no kept page. Views are counted by the page's beacon (market/item_view), for every
  // visitor: nginx serves copies of this page to visitors without a session.
  bool kept = page.own_body();
  std::optional<market::ItemRow> it;
  if (!kept && !(it = market::load_item(req.db(), id, now))) throw core::NotFound("采购品种不存在");
  if (auto* s = req.existing_session())
    if (auto visit = push::visit_in(s->data)) push::record_view(req.db(), *visit, req.path(), now);
  if (kept) return web::render(res, page);
  page.title(it->variety_name + " 采购");
  auto& d = page.dict();
  market_ui::fill_item_stats(req, d, *it);
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
    if (it->stored == market::kOpen) b->ShowSection("CAN_CLOSE");
    for (const auto& q : quotes) {
      auto* r = b->AddSectionDictionary("QUOTE");
      market_ui::fill_quote(r, q);
      r->SetValue("PHONE", q.supplier_phone);
    }
    if (quotes.empty()) b->ShowSection("NO_QUOTES");
    market::mark_quotes_read(req.db(), id);
  } else {
    if (it->status.quotable()) quote_button(req, d, id, user, now);
    auto* pub = d.AddSectionDictionary("PUBLIC_VIEW");
    for (const auto& q : quotes) {
      auto* r = pub->AddSectionDictionary("QUOTER");
      r->SetValue("SUPPLIER", market::member_label(q.supplier_company, q.supplier_name));
      web::show_verified_badge(*r, q.supplier_verified);
      r->SetValue("QTIME", market::short_time(q.created_at));
    }
    if (quotes.empty()) pub->ShowSection("NO_QUOTES");
    if (user) {
      bool accepted = false;
      for (const auto& q : market::quotes_by(req.db(), id, user->id)) {
        auto* r = d.AddSectionDictionary("MY_QUOTE");
        market_ui::fill_quote(r, q);
        accepted = accepted || q.state == market::kAccepted;
      }
      if (accepted) d.SetValueAndShowSection("BUYER_PHONE", p->buyer_phone, "SHOW_BUYER_PHONE");
    }
  }
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    web::dispatch(req, res, "/item/",
                  {
                      {"", "GET", show_item},
                      {"/close", "POST", close_item},
                  });
  });
}
