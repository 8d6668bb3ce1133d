// What the marketplace pages share: the business "now", ids from paths, and filling a
// template dictionary from the rows of lib/market/view.h.
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

namespace market_page {

inline std::string now() { return market::datetime_of(core::now()); }

// The number after `prefix` in `path` ("/item/12/quote", "/item/") → 12; NotFound otherwise.
inline long long id_after(const std::string& path, const std::string& prefix) {
  if (path.rfind(prefix, 0) != 0) throw web::NotFound();
  size_t i = prefix.size(), j = i;
  while (j < path.size() && isdigit(static_cast<unsigned char>(path[j]))) ++j;
  if (j == i || j - i > 18) throw web::NotFound();
  return std::stoll(path.substr(i, j - i));
}

// JSON callers (the app, scripts) send the same fields as a JSON object.
inline bool json_body(web::Request& req) {
  return req.is_post() && !req.body().empty() && req.body()[0] == '{';
}
inline std::string json_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return "";
}
// A field of the form, or of the JSON body when there is one.
inline std::string field(web::Request& req, const std::string& name) {
  if (!json_body(req)) return req.arg(name);
  const auto& j = req.json();
  return j.is_object() && j.contains(name) ? json_text(j[name]) : "";
}
// All values of a repeated field (a JSON array, or several form fields with name or name[]).
inline std::vector<std::string> fields(web::Request& req, const std::string& name) {
  if (!json_body(req)) {
    auto out = req.args(name);
    for (const auto& x : req.args(name + "[]")) out.push_back(x);
    return out;
  }
  std::vector<std::string> out;
  const auto& j = req.json();
  if (!j.is_object() || !j.contains(name)) return out;
  if (j[name].is_array())
    for (const auto& v : j[name]) out.push_back(json_text(v));
  else
    out.push_back(json_text(j[name]));
  return out;
}

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
  d->SetValue("BUYER", it.buyer_name);
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
  d->SetValue("SUPPLIER", q.supplier_name);
  d->SetValue("QTIME", market::short_time(q.created_at));
  d->SetValue("QPRICE", market::trim_amount(q.price));
  d->SetValue("QQUALITY", q.quality);
  d->SetValue("QEXPLAIN", q.price_note);
  d->SetValue("QSTATE", q.state == 1 ? "已认可" : q.state == 2 ? "未采纳" : "待回复");
  d->SetValue("QSTATE_CSS", q.state == 1   ? "bg-success"
                            : q.state == 2 ? "bg-secondary"
                                           : "bg-info");
  if (q.state == 0) d->ShowSection("PENDING");
  if (q.state == 2)
    d->SetValueAndShowSection("REASONS", market::reasons_text(q.reasons), "REJECTED");
  if (!q.message.empty()) d->SetValueAndShowSection("REPLY_MESSAGE", q.message, "HAS_MESSAGE");
  if (q.lowest) d->ShowSection("LOWEST");
  if (q.supplier_verified) d->ShowSection("VERIFIED");
}

}  // namespace market_page
