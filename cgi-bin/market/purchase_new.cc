// GET/POST /purchase/new: the publish form (1–20 items); GET/POST /purchase/{id}/edit: the same
// form over an existing order, for its buyer. Errors re-render the form with every value kept
// and each message next to its field.
#include <algorithm>

#include "auth/account.h"
#include "auth/user.h"
#include "cgi-bin/market/rows.h"
#include "image/store.h"
#include "market/catalogue.h"
#include "market/lists_changed.h"
#include "market/purchase.h"
#include "market/visitor.h"
#include "push/queue.h"
#include "sms/code.h"
#include "sms/gateway.h"
#include "web/kept_form.h"
#include "web/member_type.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

// Marks each field's error next to it and lists it, in the form's order, in the summary at the
// top of the form, linked to the control (`anchor` is its id): on a phone the first error may
// be several screens down.
class ErrorMarks {
 public:
  ErrorMarks(ctemplate::TemplateDictionary& form, const market::FieldErrors& errors)
      : form_(form), errors_(errors) {}
  void mark(ctemplate::TemplateDictionary* d, const std::string& field, const std::string& key,
            const std::string& anchor, const std::string& prefix = "") {
    auto it = errors_.find(field);
    if (it == errors_.end()) return;
    d->SetValue(key + "_INVALID", "is-invalid");
    d->SetValueAndShowSection(key + "_ERROR", it->second, key + "_HAS_ERROR");
    auto* link = form_.AddSectionDictionary("SUMMARY");
    link->SetValue("ANCHOR", anchor);
    link->SetValue("MESSAGE", prefix + it->second);
  }

 private:
  ctemplate::TemplateDictionary& form_;
  const market::FieldErrors& errors_;
};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(toupper(c));
  return s;
}

// The three area selects with the kept choice selected (province, its cities, the city's
// districts), so a form shown again after an error shows the place that was picked.
void area_selects(db::Connection& db, ctemplate::TemplateDictionary& d, const std::string& area) {
  long long code = 0;
  if (!area.empty() && area.size() <= 6 &&
      area.find_first_not_of("0123456789") == std::string::npos)
    code = std::stoll(area);
  auto found = code ? market::find_area(db, code) : std::nullopt;
  long long province = found ? market::province_of(code) : 0;
  long long city = found && found->level >= 2 ? code / 100 * 100 : 0;
  auto options = [&](const char* section, long long parent, long long chosen) {
    for (const auto& a : market::area_children(db, parent)) {
      auto* o = d.AddSectionDictionary(section);
      o->SetIntValue("CODE", a.code);
      o->SetValue("NAME", a.name);
      if (a.code == chosen) o->ShowSection("SELECTED");
    }
  };
  options("PROVINCE", 0, province);
  if (province) options("CITY", province, city);
  if (city && found->level >= 3) options("DISTRICT", city, code);
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
    } catch (const core::BadRequest& e) {
      errors[field] = e.what();
    }
  }
  return out;
}

void saved(const std::vector<image::Prepared>& photos) {
  for (const auto& p : photos) image::save(p);
}

// The visitor's own fields (logged-out publishing): phone with SMS code, name, member type.
void fill_visitor(ctemplate::TemplateDictionary& d, const market::Visitor& v, ErrorMarks& marks,
                  const market::FieldErrors& errors) {
  auto* s = d.AddSectionDictionary("VISITOR");
  s->SetValue("PHONE", v.phone);
  s->SetValue("NAME", v.name);
  int type = std::atoi(v.user_type.c_str());
  web::member_type_options(*s, type);
  for (const char* f : {"phone", "sms_code", "name", "user_type"}) marks.mark(s, f, upper(f), f);
  if (errors.count("login")) s->ShowSection("LOGIN_FIRST");
}

void render_form(web::Request& req, web::Response& res, const market::PurchaseDraft& draft,
                 const market::FieldErrors& errors, long long edit_id = 0,
                 const market::Visitor* visitor = nullptr, bool restored = false) {
  web::Page page(&req, "market/purchase_new.tpl", edit_id ? "修改采购单" : "发布采购");
  page.script("/js/market.js");
  auto& d = page.dict();
  page.has_form();
  ErrorMarks marks(d, errors);
  if (!errors.empty() && !errors.count("login")) d.ShowSection("HAS_ERRORS");
  if (restored) d.ShowSection("RESTORED");
  if (edit_id) {
    d.SetValue("ACTION", "/purchase/" + std::to_string(edit_id) + "/edit");
    d.SetValue("HEADING", "修改采购单 #" + std::to_string(edit_id));
    d.SetValue("SUBMIT", "保存修改");
  } else {
    d.SetValue("ACTION", "/purchase/new");
    d.SetValue("HEADING", "发布采购");
    d.SetValue("SUBMIT", "发布采购");
  }
  // One empty row to start with; "+ 再加一个品种" adds more and each row can be removed.
  auto rows = draft.items;
  if (rows.empty()) rows.emplace_back().slot = 0;
  marks.mark(&d, "items", "ITEMS", "v" + std::to_string(rows.front().slot));
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& it = rows[i];
    auto* r = d.AddSectionDictionary("ROW");
    std::string f = "items[" + std::to_string(it.slot) + "]", n = std::to_string(it.slot);
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
    std::string prefix = "品种 " + std::to_string(i + 1) + "：";
    for (auto [k, id] : {std::pair{"variety", "v"},
                         {"spec", "s"},
                         {"quantity", "q"},
                         {"unit", "u"},
                         {"origin", "o"},
                         {"price", "p"},
                         {"quality", "ql"},
                         {"photo", "ph"}})
      marks.mark(r, f + "[" + k + "]", upper(k), id + n, prefix);
  }
  d.SetValue("AREA", draft.area);
  if (!draft.area.empty()) {
    try {
      d.SetValue("AREA_NAME", market::area_path(req.db(), std::stoll(draft.area)));
    } catch (const std::exception&) {
    }
  }
  area_selects(req.db(), d, draft.area);
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
  // In the form's order; the anchor is the control the link moves to.
  for (auto [f, id] : {std::pair{"area", "area-province"},
                       {"invoice", "invoice-0"},
                       {"payment", "payment-1"},
                       {"payment_days", "payment-days"},
                       {"payment_note", "payment-note"},
                       {"sample_recipient", "sample-recipient"},
                       {"qualifications", "qual-license"},
                       {"acceptance", "acceptance"},
                       {"remark", "remark"},
                       {"window", "window-3"}})
    marks.mark(&d, f, upper(f), id);
  if (visitor) {
    page.script("/js/accounts.js");
    fill_visitor(d, *visitor, marks, errors);
  }
  web::render(res, page, errors.empty() ? 200 : 400);
}

// GET/POST /purchase/{id}/edit: the same form over an existing order.
void edit(web::Request& req, web::Response& res, long long buyer_id) {
  const std::string& path = req.path();
  long long id = web::id_in_path(path, "/purchase/").id;
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

// The draft of a visitor who must log in first waits in the session for /purchase/new.
const char* const kDraft = "purchase_draft";

// POST /purchase/new while logged out: the account and the order are created together, the
// password goes out by SMS, and the visitor is logged in. A registered phone logs in instead,
// and the draft (every item) is kept across the login: "登录后继续发布" (login_first) goes
// straight to the login page with it.
void publish_as_visitor(web::Request& req, web::Response& res) {
  if (req.arg("login_first") == "1") {
    web::keep_form(req, kDraft, {"sms_code", "login_first"});
    return res.redirect("/login?next=%2Fpurchase%2Fnew");
  }
  auto draft = market::parse_draft(req.form());
  auto visitor = visitor_of(req);
  auto errors = market::validate(req.db(), draft);
  auto own = market::check_visitor(visitor);
  errors.insert(own.begin(), own.end());
  auto taken = [&] {
    web::keep_form(req, kDraft, {"sms_code", "login_first"});
    market::FieldErrors e{{"phone", "该手机号已注册，请登录后再发布"}, {"login", "1"}};
    render_form(req, res, draft, e, 0, &visitor);
  };
  if (!errors.count("phone") && auth::user_by_phone(req.db(), visitor.phone)) return taken();
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
    account = market::publish_as_visitor(req.db(), visitor, draft, market::now());
  } catch (const core::Conflict& e) {
    if (e.code != "phone_taken") throw;
    return taken();  // the unique key decided a race on the phone
  }
  saved(photos);
  market::lists_changed();
  push::enqueue_published(req.db(), req.redis(), account.purchase_id);
  req.login(account.user_id, false);
  try {
    sms::send(visitor.phone, "account_created", market::account_sms_text(account));
  } catch (const core::Error&) {
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
      // Back from the login the publish form sent the visitor to: their draft, as typed.
      if (auto kept = web::take_kept_form(req, kDraft))
        return render_form(req, res, market::parse_draft(*kept), {}, 0, nullptr, true);
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
    long long id = market::publish(req.db(), user.id, draft, market::now());
    saved(photos);
    market::lists_changed();
    push::enqueue_published(req.db(), req.redis(), id);
    res.redirect("/purchase/" + std::to_string(id) + "/published");
  });
}
