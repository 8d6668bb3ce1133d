// GET/POST /purchase/new: the publish form (1–20 items). Errors re-render the form with every
// value kept and each message next to its field.
#include <algorithm>

#include "cgi-bin/market/fill.h"
#include "market/catalogue.h"
#include "market/page_cache.h"
#include "market/purchase.h"
#include "web/serve.h"

namespace {

void field_error(ctemplate::TemplateDictionary* d, const market::FieldErrors& e,
                 const std::string& field, const std::string& key) {
  auto it = e.find(field);
  if (it == e.end()) return;
  d->SetValue(key + "_INVALID", "is-invalid");
  d->SetValueAndShowSection(key + "_ERROR", it->second, key + "_HAS_ERROR");
}

void render_form(web::Request& req, web::Response& res, const market::PurchaseDraft& draft,
                 const market::FieldErrors& errors, long long edit_id = 0) {
  web::Page page(&req, "market/purchase_new.tpl", edit_id ? "修改采购单" : "发布采购");
  page.script("/js/market.js");
  auto& d = page.dict();
  d.SetValue("CSRF", req.csrf_token());
  if (!errors.empty()) d.ShowSection("HAS_ERRORS");
  if (edit_id) {
    d.SetValue("ACTION", "/purchase/" + std::to_string(edit_id) + "/edit");
    d.SetValue("HEADING", "修改采购单 #" + std::to_string(edit_id));
    d.SetValue("SUBMIT", "保存修改");
  } else {
    d.SetValue("ACTION", "/purchase/new");
    d.SetValue("HEADING", "发布采购");
    d.SetValue("SUBMIT", "发布采购");
  }
  auto rows = draft.items;
  int next = 0;
  for (const auto& it : rows) next = std::max(next, it.slot + 1);
  while (rows.size() < 3 && next < market::kMaxItems) {
    rows.emplace_back();
    rows.back().slot = next++;
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& it = rows[i];
    auto* r = d.AddSectionDictionary("ROW");
    std::string f = "items[" + std::to_string(it.slot) + "]";
    r->SetIntValue("N", it.slot);
    r->SetIntValue("NUM", static_cast<long>(i + 1));
    r->SetValue("VARIETY", it.variety);
    r->SetValue("SPEC", it.spec);
    r->SetValue("QUANTITY", it.quantity);
    r->SetValue("UNIT", it.unit.empty() ? "公斤" : it.unit);
    r->SetValue("QUALITY", it.quality);
    r->SetValue("ORIGIN", it.origin);
    r->SetValue("PRICE", it.price);
    for (const char* k : {"variety", "spec", "quantity", "unit", "quality", "origin", "price"}) {
      std::string key = k;
      for (auto& c : key) c = static_cast<char>(toupper(c));
      field_error(r, errors, f + "[" + k + "]", key);
    }
  }
  field_error(&d, errors, "items", "ITEMS");
  d.SetValue("AREA", draft.area);
  if (!draft.area.empty()) {
    try {
      d.SetValue("AREA_NAME", market::area_path(req.db(), std::stoll(draft.area)));
    } catch (const std::exception&) {
    }
  }
  for (const auto& a : market::area_children(req.db(), 0)) {
    auto* o = d.AddSectionDictionary("PROVINCE");
    o->SetIntValue("CODE", a.code);
    o->SetValue("NAME", a.name);
  }
  if (!draft.pickup.empty()) d.SetValue("PICKUP_CHECKED", "checked");
  d.SetValue("INVOICE_" + draft.invoice, "checked");
  d.SetValue("PAYMENT_" + draft.payment, "checked");
  d.SetValue("PAYMENT_DAYS", draft.payment_days);
  d.SetValue("PAYMENT_NOTE", draft.payment_note);
  if (!draft.sample.empty()) d.SetValue("SAMPLE_CHECKED", "checked");
  d.SetValue("SAMPLE_RECIPIENT", draft.sample_recipient);
  d.SetValue("ACCEPTANCE", draft.acceptance);
  d.SetValue("REMARK", draft.remark);
  for (const auto& q : draft.qualifications) d.SetValue("QUAL_" + q, "checked");
  d.SetValue("WINDOW_" + draft.window, "checked");
  for (const char* f : {"area", "invoice", "payment", "payment_days", "payment_note",
                        "sample_recipient", "acceptance", "remark", "qualifications", "window"}) {
    std::string key = f;
    for (auto& c : key) c = static_cast<char>(toupper(c));
    field_error(&d, errors, f, key);
  }
  web::render(res, page, errors.empty() ? 200 : 400);
}

// GET/POST /purchase/{id}/edit: the same form over an existing order.
void edit(web::Request& req, web::Response& res, long long buyer_id) {
  const std::string& path = req.path();
  long long id = market_page::id_after(path, "/purchase/");
  if (!req.is_post()) {
    render_form(req, res, market::load_draft(req.db(), buyer_id, id), {}, id);
    return;
  }
  market::load_draft(req.db(), buyer_id, id);  // NotFound for someone else's order
  auto draft = market::parse_draft(req.form());
  auto errors = market::validate(req.db(), draft);
  if (errors.empty()) errors = market::update(req.db(), buyer_id, id, draft);
  if (!errors.empty()) {
    render_form(req, res, draft, errors, id);
    return;
  }
  market::lists_changed(req.redis());
  res.redirect("/purchase/" + std::to_string(id));
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    // Logged-out publishing (phone + SMS code) arrives with the accounts work.
    const auto& user = req.require_login();
    if (req.path() != "/purchase/new") {
      edit(req, res, user.id);
      return;
    }
    if (!req.is_post()) {
      market::PurchaseDraft blank;
      render_form(req, res, blank, {});
      return;
    }
    auto draft = market::parse_draft(req.form());
    auto errors = market::validate(req.db(), draft);
    if (!errors.empty()) {
      render_form(req, res, draft, errors);
      return;
    }
    long long id = market::publish(req.db(), user.id, draft, market_page::now());
    market::lists_changed(req.redis());
    res.redirect("/purchase/" + std::to_string(id) + "/published");
  });
}
