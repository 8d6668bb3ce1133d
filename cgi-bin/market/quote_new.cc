// GET/POST /item/{id}/quote: the quote form of an item and its submission (price, goods,
// notes and up to six photos in labelled slots). A program of its own: the photo uploads
// need ImageMagick, which the item page does not.
#include "cgi-bin/market/fill.h"
#include "core/clock.h"
#include "image/store.h"
#include "market/page_cache.h"
#include "market/quote.h"
#include "market/view.h"
#include "push/event.h"
#include "push/track.h"
#include "web/serve.h"

namespace {

void quote_form(web::Request& req, web::Response& res, const market::ItemRow& it,
                const market::QuoteInput& in, const web::BadRequest* err) {
  web::Page page(&req, "market/quote_form.tpl", "报价：" + it.variety_name);
  auto& d = page.dict();
  market_page::fill_item_stats(req, d, it);
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
    if (path != "/item/" + std::to_string(id) + "/quote") throw web::NotFound();
    auto now = market_page::now();
    auto it = market::load_item(req.db(), id, now);
    if (!it) throw web::NotFound("采购品种不存在");
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
      // Pictures are checked and rendered in memory before the quote exists (a bad one
      // answers 400 at its slot), and written only once the quote is committed: a quote
      // refused for a picture, the quota or a closed item leaves no file behind.
      image::Budget budget;
      std::vector<image::Prepared> pictures;
      for (int slot = 1; slot <= market::kPhotoSlots; ++slot) {
        std::string field = "photo" + std::to_string(slot);
        const auto* up = req.upload(field);
        if (!up || up->data.empty()) continue;
        pictures.push_back(
            image::prepare(up->data, {image::Use::list, image::Use::detail}, field, budget));
        in.photos.emplace_back(slot, pictures.back().stored.hash);
      }
      qid = market::submit_quote(req.db(), user.id, id, in, now, market::weekly_quota());
      for (const auto& p : pictures) image::save(p);
      market::lists_changed();
      if (auto visit = push::visit_in(req.session().data)) push::credit_quote(req.db(), *visit, id);
      push::quote_created(req.db(), push::Policy::from_config(), qid, core::now());
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
  });
}
