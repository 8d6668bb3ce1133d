// The rows of lib/market/view.h shown in a template dictionary, as every marketplace page
// shows them.
#pragma once
#include <ctemplate/template.h>

#include <string>

#include "core/clock.h"
#include "core/error.h"
#include "market/clock.h"
#include "market/money.h"
#include "market/quote.h"
#include "market/view.h"
#include "web/request.h"
#include "web/verified_badge.h"

namespace market_ui {

// `viewer` is the logged-in user's id (0 if none): the buyer gets no quote button.
inline void fill_item(ctemplate::TemplateDictionary* d, const market::ItemRow& it,
                      long long viewer = 0) {
  d->SetIntValue("ID", it.id);
  d->SetIntValue("PURCHASE_ID", it.purchase_id);
  d->SetValue("VARIETY", it.variety_name);
  d->SetValue("SPEC", it.spec);
  d->SetValue("QUANTITY", it.quantity);
  d->SetValue("UNIT", it.unit);
  d->SetValue("QUALITY", it.quality);
  d->SetValue("ORIGIN", it.origin);
  d->SetValue("PRICE", market::price_text(it.price, it.unit));
  d->SetValue("PRICE_UNIT", market::price_unit(it.unit));
  d->SetValue("STATUS", it.status.label);
  d->SetValue("STATUS_CSS", it.status.css());
  d->SetIntValue("QUOTES", it.quote_count);
  d->SetIntValue("VIEWS", it.views);
  d->SetValue("BUYER", market::member_label(it.buyer_company, it.buyer_name));
  web::show_verified_badge(*d, it.buyer_verified, "BUYER_BADGE");
  d->SetIntValue("BUYER_ID", it.buyer_id);
  d->SetValue("AREA", it.area);
  d->SetValue("CREATED", market::short_time(it.created_at));
  if (it.status.quotable() && viewer != it.buyer_id) d->ShowSection("QUOTABLE");
}

// The item and its buyer's statistics (items published, reply rate, accepted items): the
// head of the item page and of the quote form.
inline void fill_item_stats(web::Request& req, ctemplate::TemplateDictionary& d,
                            const market::ItemRow& it) {
  fill_item(&d, it);
  auto s = market::buyer_stats(req.db(), req.redis(), it.buyer_id);
  d.SetIntValue("STAT_ITEMS", s.items);
  d.SetIntValue("STAT_REPLY_RATE", s.reply_rate());
  d.SetIntValue("STAT_ACCEPTED", s.accepted_items);
}

inline void fill_quote(ctemplate::TemplateDictionary* d, const market::QuoteRow& q) {
  d->SetIntValue("QID", q.id);
  d->SetIntValue("SUPPLIER_ID", q.supplier_id);
  d->SetValue("SUPPLIER", market::member_label(q.supplier_company, q.supplier_name));
  d->SetValue("QTIME", market::short_time(q.created_at));
  d->SetValue("QPRICE", market::trim_amount(q.price));
  d->SetValue("QQUALITY", q.quality);
  d->SetValue("QEXPLAIN", q.price_note);
  d->SetValue("QSTATE", market::quote_state_name(q.state));
  d->SetValue("QSTATE_CSS", q.state == market::kAccepted   ? "bg-success"
                            : q.state == market::kRejected ? "bg-secondary"
                                                           : "bg-info text-dark");
  if (q.state == market::kPending) d->ShowSection("PENDING");
  if (q.state == market::kRejected)
    d->SetValueAndShowSection("REASONS", market::reasons_text(q.reasons), "REJECTED");
  if (!q.message.empty()) d->SetValueAndShowSection("REPLY_MESSAGE", q.message, "HAS_MESSAGE");
  if (q.lowest) d->ShowSection("LOWEST");
  web::show_verified_badge(*d, q.supplier_verified);
}

}  // namespace market_ui
