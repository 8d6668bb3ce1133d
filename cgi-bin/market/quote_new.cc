// GET/POST /item/{id}/quote: the quote form of an item and its submission (price, goods,
// notes and up to six photos in labelled slots). A program of its own: the photo uploads
// need ImageMagick, which the item page does not.
#include "cgi-bin/market/rows.h"
#include "core/clock.h"
#include "image/store.h"
#include "market/lists_changed.h"
#include "market/quote.h"
#include "market/view.h"
#include "push/event.h"
#include "push/track.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

using Errors = std::map<std::string, std::string>;

// The form, empty or as submitted with every error next to its field; or, when the supplier
// cannot quote now (a pending quote, the week's quota used), the reason instead of the form.
void quote_form(web::Request& req, web::Response& res, const market::ItemRow& it,
                const market::QuoteInput& in, const Errors& errors,
                const market::QuoteChance& chance, int status) {
  web::Page page(&req, "market/quote_form.tpl", "报价：" + it.variety_name);
  auto& d = page.dict();
  market_ui::fill_item_stats(req, d, it);
  page.has_form();
  if (!chance.allowed()) {
    d.SetValueAndShowSection("REASON", chance.reason(), "CANNOT_QUOTE");
    return web::render(res, page, status);
  }
  auto* f = d.AddSectionDictionary("CAN_QUOTE");
  f->SetValue("F_PRICE", in.price);
  f->SetValue("F_QUALITY", in.quality);
  f->SetValue("F_EXPLAIN", in.explain);
  f->SetIntValue("QUOTA", chance.quota);
  f->SetIntValue("LEFT", chance.left);
  auto mark = [&](ctemplate::TemplateDictionary* at, const std::string& field,
                  const std::string& key) {
    auto e = errors.find(field);
    if (e == errors.end()) return;
    at->SetValue(key + "_INVALID", "is-invalid");
    at->SetValueAndShowSection(key + "_ERROR", e->second, key + "_HAS_ERROR");
    auto* link = f->AddSectionDictionary("SUMMARY");
    link->SetValue("FIELD", field);
    link->SetValue("MESSAGE", e->second);
  };
  mark(f, "price", "PRICE");
  mark(f, "quality", "QUALITY");
  mark(f, "explain", "EXPLAIN");
  for (int slot = 1; slot <= market::kPhotoSlots; ++slot) {
    auto* s = f->AddSectionDictionary("PHOTO_SLOT");
    s->SetIntValue("SLOT", slot);
    s->SetValue("LABEL", market::photo_slot_name(slot));
    mark(s, "photo" + std::to_string(slot), "SLOT");
  }
  if (auto e = errors.find(""); e != errors.end())
    f->SetValueAndShowSection("FORM_ERROR", e->second, "FORM_HAS_ERROR");
  if (!errors.empty()) f->ShowSection("HAS_ERRORS");
  web::render(res, page, status);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();
    auto [id, rest] = web::id_in_path(path, "/item/");
    if (rest != "/quote") throw core::NotFound();
    auto now = market::now();
    auto it = market::load_item(req.db(), id, now);
    if (!it) throw core::NotFound("采购品种不存在");
    const auto& user = req.require_login();
    if (user.id == it->buyer_id) throw core::Forbidden("不能给自己的采购单报价");
    if (!it->status.quotable()) throw core::Conflict("该品种已停止报价", "not_open");
    market::QuoteInput in{req.field("price"), req.field("quality"), req.field("explain")};
    auto chance = market::quote_chance(req.db(), user.id, id, now, market::weekly_quota());
    if (!req.is_post())
      return quote_form(req, res, *it, in, {}, chance, chance.allowed() ? 200 : 409);
    long long qid = 0;
    try {
      // Every field and picture is checked before anything is written, and all problems are
      // reported at once. Pictures are rendered in memory before the quote exists and written
      // only once the quote is committed: a quote refused for a picture, the quota or a
      // closed item leaves no file behind.
      Errors errors = market::check_quote(in);
      image::Budget budget;
      std::vector<image::Prepared> pictures;
      for (int slot = 1; slot <= market::kPhotoSlots; ++slot) {
        std::string field = "photo" + std::to_string(slot);
        const auto* up = req.upload(field);
        if (!up || up->data.empty()) continue;
        try {
          pictures.push_back(
              image::prepare(up->data, {image::Use::list, image::Use::detail}, field, budget));
          in.photos.emplace_back(slot, pictures.back().stored.hash);
        } catch (const core::BadRequest& e) {
          errors[e.field.empty() ? field : e.field] = e.what();
        }
      }
      if (!errors.empty()) {
        if (req.wants_json()) throw core::BadRequest(errors.begin()->second, errors.begin()->first);
        return quote_form(req, res, *it, in, errors, chance, 400);
      }
      qid = market::submit_quote(req.db(), user.id, id, in, now, market::weekly_quota());
      for (const auto& p : pictures) image::save(p);
      market::lists_changed();
      if (auto visit = push::visit_in(req.session().data)) push::credit_quote(req.db(), *visit, id);
      push::quote_created(req.db(), push::Policy::from_config(), qid, core::now());
    } catch (const core::Error& e) {
      // An ordinary refusal (bad field, a quote already waiting, the quota used, the item
      // closed meanwhile) re-shows the page with what was typed; only JSON callers get the
      // bare error.
      if (req.wants_json() || (e.status != 400 && e.status != 409)) throw;
      chance = market::quote_chance(req.db(), user.id, id, now, market::weekly_quota());
      Errors errors;
      if (e.status == 409 && chance.allowed()) errors[""] = e.what();
      if (e.status == 400) errors[e.field] = e.what();
      return quote_form(req, res, *it, in, errors, chance, e.status);
    }
    if (req.wants_json()) {
      res.json({{"ok", true}, {"id", qid}});
      return;
    }
    res.redirect("/quote/" + std::to_string(qid));
  });
}
