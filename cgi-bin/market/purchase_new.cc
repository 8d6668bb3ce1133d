// GET/POST /purchase/new: the publish form (1–20 items). Errors re-render the form with every
// value kept and each message next to its field.
#include <algorithm>

#include "auth/user.h"
#include "cgi-bin/market/fill.h"
#include "image/store.h"
#include "market/catalogue.h"
#include "market/page_cache.h"
#include "market/purchase.h"
#include "market/visitor.h"
#include "push/queue.h"
#include "sms/code.h"
#include "sms/gateway.h"
#include "web/serve.h"

namespace {

void field_error(ctemplate::TemplateDictionary* d, const market::FieldErrors& e,
                 const std::string& field, const std::string& key) {
  auto it = e.find(field);
  if (it == e.end()) return;
  d->SetValue(key + "_INVALID", "is-invalid");
  d->SetValueAndShowSection(key + "_ERROR", it->second, key + "_HAS_ERROR");
}

// Checks and renders each item's uploaded photo (items[N][photo]) in memory and puts its hash
// on the item; a bad picture becomes an error at its field. Called once the rest of the form
// is valid; the files are written (saved()) only after the order is committed, so a refused
// request leaves none behind.
std::vector<image::Prepared> prepare_item_photos(web::Request& req, market::PurchaseDraft& draft,
                                                 market::FieldErrors& errors) {
  std::vector<image::Prepared> out;
  image::Budget budget;
  for (auto& it : draft.items) {
    std::string field = "items[" + std::to_string(it.slot) + "][photo]";
    const auto* up = req.upload(field);
    if (!up || up->data.empty()) continue;
    try {
      out.push_back(
          image::prepare(up->data, {image::Use::list, image::Use::detail}, field, budget));
      it.photo = out.back().stored.hash;
    } catch (const web::BadRequest& e) {
      errors[field] = e.what();
    }
  }
  return out;
}

void saved(const std::vector<image::Prepared>& photos) {
  for (const auto& p : photos) image::save(p);
}

// The visitor's own fields (logged-out publishing): phone with SMS code, name, member type.
void fill_visitor(ctemplate::TemplateDictionary& d, const market::Visitor& v,
                  const market::FieldErrors& errors) {
  auto* s = d.AddSectionDictionary("VISITOR");
  s->SetValue("PHONE", v.phone);
  s->SetValue("NAME", v.name);
  int type = std::atoi(v.user_type.c_str());
  for (int t = 1; t <= 10; ++t) {
    auto* o = s->AddSectionDictionary("TYPE");
    o->SetIntValue("VALUE", t);
    o->SetValue("LABEL", auth::member_type_name(t));
    if (t == type) o->SetValue("SELECTED", "selected");
  }
  for (const char* f : {"phone", "sms_code", "name", "user_type"}) {
    std::string key = f;
    for (auto& c : key) c = static_cast<char>(toupper(c));
    field_error(s, errors, f, key);
  }
  if (errors.count("login")) s->ShowSection("LOGIN_FIRST");
}

void render_form(web::Request& req, web::Response& res, const market::PurchaseDraft& draft,
                 const market::FieldErrors& errors, long long edit_id = 0,
                 const market::Visitor* visitor = nullptr) {
  web::Page page(&req, "market/purchase_new.tpl", edit_id ? "修改采购单" : "发布采购");
  page.script("/js/market.js");
  auto& d = page.dict();
  d.SetValue("CSRF", req.csrf_token());
  if (visitor) {
    page.script("/js/accounts.js");
    fill_visitor(d, *visitor, errors);
  }
  if (!errors.empty() && !errors.count("login")) d.ShowSection("HAS_ERRORS");
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
    if (image::valid_hash(it.photo)) {
      r->SetValueAndShowSection("PHOTO_URL", image::url(it.photo, image::Use::list), "HAS_PHOTO");
      if (it.remove_photo) r->SetValue("PHOTO_REMOVE_CHECKED", "checked");
    }
    for (const char* k :
         {"variety", "spec", "quantity", "unit", "quality", "origin", "price", "photo"}) {
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
  auto stored = market::load_draft(req.db(), buyer_id, id);  // NotFound for someone else's
  auto draft = market::parse_draft(req.form());
  auto errors = market::validate(req.db(), draft);
  std::vector<image::Prepared> photos;
  if (errors.empty()) photos = prepare_item_photos(req, draft, errors);
  if (errors.empty()) errors = market::update(req.db(), buyer_id, id, draft);
  if (!errors.empty()) {
    // The form shown again keeps showing the photos already stored.
    for (auto& it : draft.items)
      for (const auto& old : stored.items)
        if (it.photo.empty() && old.slot == it.slot) it.photo = old.photo;
    render_form(req, res, draft, errors, id);
    return;
  }
  saved(photos);
  market::lists_changed();
  res.redirect("/purchase/" + std::to_string(id));
}

market::Visitor visitor_of(web::Request& req) {
  return {req.arg("phone"), req.arg("sms_code"), req.arg("name"), req.arg("user_type")};
}

// POST /purchase/new while logged out: the account and the order are created together, the
// password goes out by SMS, and the visitor is logged in. A registered phone logs in instead.
void publish_as_visitor(web::Request& req, web::Response& res) {
  auto draft = market::parse_draft(req.form());
  auto visitor = visitor_of(req);
  auto errors = market::validate(req.db(), draft);
  auto own = market::check_visitor(visitor);
  errors.insert(own.begin(), own.end());
  auto taken = [&] {
    market::FieldErrors e{{"phone", "该手机号已注册，请登录后再发布"}, {"login", "1"}};
    render_form(req, res, draft, e, 0, &visitor);
  };
  if (!errors.count("phone") && market::phone_registered(req.db(), visitor.phone)) return taken();
  std::vector<image::Prepared> photos;
  if (errors.empty()) photos = prepare_item_photos(req, draft, errors);
  if (!errors.empty()) return render_form(req, res, draft, errors, 0, &visitor);
  // The code is used up only once everything else is known to be right.
  if (!sms::check_code(req.redis(), visitor.phone, "publish", visitor.sms_code)) {
    market::FieldErrors e{{"sms_code", "验证码错误或已过期"}};
    return render_form(req, res, draft, e, 0, &visitor);
  }
  market::VisitorAccount account;
  try {
    account = market::publish_as_visitor(req.db(), visitor, draft, market_page::now());
  } catch (const web::Conflict& e) {
    if (e.code != "phone_taken") throw;
    return taken();  // the unique key decided a race on the phone
  }
  saved(photos);
  market::lists_changed();
  push::enqueue_published(req.db(), req.redis(), account.purchase_id);
  req.login(account.user_id, false);
  try {
    sms::send(visitor.phone, "account_created", market::account_sms_text(account));
  } catch (const web::Error&) {
    // The order and the login stand; the password can be reset by SMS later.
  }
  res.redirect("/purchase/" + std::to_string(account.purchase_id) + "/published");
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (!req.user() && req.path() == "/purchase/new") {
      if (req.is_post()) return publish_as_visitor(req, res);
      market::Visitor blank;
      return render_form(req, res, market::PurchaseDraft{}, {}, 0, &blank);
    }
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
    std::vector<image::Prepared> photos;
    if (errors.empty()) photos = prepare_item_photos(req, draft, errors);
    if (!errors.empty()) {
      render_form(req, res, draft, errors);
      return;
    }
    long long id = market::publish(req.db(), user.id, draft, market_page::now());
    saved(photos);
    market::lists_changed();
    push::enqueue_published(req.db(), req.redis(), id);
    res.redirect("/purchase/" + std::to_string(id) + "/published");
  });
}
