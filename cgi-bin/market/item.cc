// /item/{id}: one purchase item: public statistics for everyone, the quotes with prices and
// phones for its buyer, one's own quotes for a supplier. POST /item/{id}/close: the buyer
// closes it. GET/POST /item/{id}/quote: the quote form.
#include "cgi-bin/market/fill.h"
#include "image/store.h"
#include "market/page_cache.h"
#include "market/purchase.h"
#include "market/quote.h"
#include "market/view.h"
#include "market/views.h"
#include "web/serve.h"

namespace {

void fill_common(web::Request& req, ctemplate::TemplateDictionary& d, const market::ItemRow& it) {
  market_page::fill_item(&d, it);
  auto s = market::buyer_stats(req.db(), req.redis(), it.buyer_id);
  d.SetIntValue("STAT_ITEMS", s.items);
  d.SetIntValue("STAT_REPLY_RATE", s.reply_rate());
  d.SetIntValue("STAT_ACCEPTED", s.accepted_items);
}

void quote_form(web::Request& req, web::Response& res, const market::ItemRow& it,
                const market::QuoteInput& in, const web::BadRequest* err) {
  web::Page page(&req, "market/quote_form.tpl", "报价：" + it.variety_name);
  auto& d = page.dict();
  fill_common(req, d, it);
  d.SetValue("CSRF", req.csrf_token());
  d.SetValue("F_PRICE", in.price);
  d.SetValue("F_QUALITY", in.quality);
  d.SetValue("F_EXPLAIN", in.explain);
  d.SetIntValue("QUOTA", market::weekly_quota());
  for (int slot = 1; slot <= market::kPhotoSlots; ++slot) {
    auto* s = d.AddSectionDictionary("PHOTO_SLOT");
    s->SetIntValue("SLOT", slot);
    s->SetValue("LABEL", market::photo_slot_name(slot));
    if (err && err->field == "photo" + std::to_string(slot)) {
      s->SetValue("SLOT_INVALID", "is-invalid");
      s->SetValueAndShowSection("SLOT_ERROR", err->what(), "SLOT_HAS_ERROR");
    }
  }
  if (err && err->field.rfind("photo", 0) != 0) {
    std::string key = err->field.empty() ? "FORM" : err->field;
    for (auto& c : key) c = static_cast<char>(toupper(c));
    d.SetValue(key + "_INVALID", "is-invalid");
    d.SetValueAndShowSection(key + "_ERROR", err->what(), key + "_HAS_ERROR");
  }
  web::render(res, page, err ? 400 : 200);
}

}  // namespace

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

    if (tail == "/quote") {
      const auto& user = req.require_login();
      if (user.id == it->buyer_id) throw web::Forbidden("不能给自己的采购单报价");
      market::QuoteInput in{market_page::field(req, "price"), market_page::field(req, "quality"),
                            market_page::field(req, "explain")};
      if (!req.is_post()) {
        if (!it->status.quotable()) throw web::Conflict("该品种已停止报价", "not_open");
        quote_form(req, res, *it, in, nullptr);
        return;
      }
      long long qid = 0;
      try {
        // Pictures are checked (and written, content-addressed) before the quote exists: a
        // bad one answers 400 at its slot and no quote is created.
        for (int slot = 1; slot <= market::kPhotoSlots; ++slot) {
          std::string field = "photo" + std::to_string(slot);
          const auto* up = req.upload(field);
          if (!up || up->data.empty()) continue;
          auto img = image::store(up->data, {image::Use::list, image::Use::detail}, field);
          in.photos.emplace_back(slot, img.hash);
        }
        qid = market::submit_quote(req.db(), user.id, id, in, now, market::weekly_quota());
        market::lists_changed();
      } catch (const web::BadRequest& e) {
        if (req.wants_json()) throw;
        quote_form(req, res, *it, in, &e);
        return;
      }
      if (req.wants_json()) {
        res.json({{"ok", true}, {"id", qid}});
        return;
      }
      res.redirect("/quote/" + std::to_string(qid));
      return;
    }
    if (!tail.empty() || req.is_post()) throw web::NotFound();

    it->views += market::count_view(req.db(), req.redis(), id);
    web::Page page(&req, "market/item.tpl", it->variety_name + " 采购");
    page.script("/js/market.js");
    auto& d = page.dict();
    fill_common(req, d, *it);
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
