// /quote/{id}: one quote, for its supplier and the buyer only. POST /quote/{id}/reply and
// POST /quotes/reply (ids): the buyer accepts or rejects one or many quotes.
#include "market/quote.h"

#include "cgi-bin/market/rows.h"
#include "core/clock.h"
#include "image/use.h"
#include "market/lists_changed.h"
#include "market/view.h"
#include "push/event.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

void do_reply(web::Request& req, web::Response& res, const std::vector<long long>& ids,
              const std::string& back) {
  const auto& user = req.require_login();
  market::Reply r{req.field("state"), req.fields("reasons"), req.field("message")};
  int n = market::reply(req.db(), user.id, ids, r, market::now());
  market::lists_changed();  // the buyer's reply rate on item pages
  push::quotes_replied(req.db(), push::Policy::from_config(), ids, core::now());
  if (req.wants_json()) {
    res.json({{"ok", true}, {"replied", n}});
    return;
  }
  res.redirect(back);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();
    if (path == "/quotes/reply") {
      if (!req.is_post()) throw core::MethodNotAllowed();
      std::vector<long long> ids;
      auto raw = req.fields("ids");
      for (const auto& x : raw) {
        // "ids" may also arrive as one comma-separated field.
        size_t start = 0;
        while (start <= x.size()) {
          size_t end = x.find(',', start);
          std::string part =
              x.substr(start, end == std::string::npos ? std::string::npos : end - start);
          if (!part.empty()) {
            if (part.size() > 18 || part.find_first_not_of("0123456789") != std::string::npos)
              throw core::BadRequest("报价编号无效", "ids");
            ids.push_back(std::stoll(part));
          }
          if (end == std::string::npos) break;
          start = end + 1;
        }
      }
      std::string back = "/my/purchases";
      if (!ids.empty())
        if (auto q = market::load_quote(req.db(), ids.front()))
          back = "/item/" + std::to_string(q->item_id);
      do_reply(req, res, ids, back);
      return;
    }
    auto [id, tail] = web::id_in_path(path, "/quote/");
    if (tail == "/reply") {
      if (!req.is_post()) throw core::MethodNotAllowed();
      do_reply(req, res, {id}, "/quote/" + std::to_string(id));
      return;
    }
    if (!tail.empty() || req.is_post()) throw core::NotFound();
    const auto& user = req.require_login();
    auto now = market::now();
    auto q = market::load_quote(req.db(), id);
    if (!q) throw core::NotFound("报价不存在");
    auto it = market::load_item(req.db(), q->item_id, now);
    bool buyer = it->buyer_id == user.id, supplier = q->supplier_id == user.id;
    if (!buyer && !supplier) throw core::NotFound("报价不存在");
    // Lowest-price mark needs the item's other quotes.
    for (const auto& other : market::quotes_of_item(req.db(), q->item_id))
      if (other.id == q->id) q->lowest = other.lowest;

    web::Page page(&req, "market/quote.tpl", "报价详情");
    auto& d = page.dict();
    market_ui::fill_item(&d, *it);
    market_ui::fill_quote(&d, *q);
    for (const auto& [slot, hash] : market::quote_photos(req.db(), id)) {
      if (!image::valid_hash(hash)) continue;
      auto* ph = d.AddSectionDictionary("PHOTO");
      ph->SetValue("LABEL", market::photo_slot_name(slot));
      ph->SetValue("THUMB", image::url(hash, image::Use::list));
      ph->SetValue("FULL", image::url(hash, image::Use::detail));
    }
    if (buyer) {
      d.SetValueAndShowSection("PHONE", q->supplier_phone, "SUPPLIER_PHONE");
      if (q->state == market::kPending) d.ShowSection("REPLY_FORM");
      market::mark_quote_read(req.db(), id);
    }
    if (supplier && q->state == market::kAccepted) {
      auto p = market::load_purchase(req.db(), it->purchase_id, now);
      d.SetValueAndShowSection("BUYER_PHONE", p->buyer_phone, "SHOW_BUYER_PHONE");
    }
    web::render(res, page);
  });
}
