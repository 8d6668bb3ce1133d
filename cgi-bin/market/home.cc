// GET /: the home page: banners (admin), the 采购直播 feed of open items and the totals.
#include "cgi-bin/market/rows.h"
#include "core/config.h"
#include "image/use.h"
#include "market/view.h"
#include "site/site.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.path() != "/") throw core::NotFound();
    auto now = market::now();
    web::Page page(&req, "market/home.tpl", "首页");
    if (page.shared_body()) return res.html(page.render());
    // An included body dictionary does not see the layout's values; the hero needs the name.
    page.dict().SetValue("SITE_NAME", core::Config::get().str("site", "name", "药材购"));
    // Banners come from the cached site snapshot; a banner change discards the page copies.
    for (const auto& b : site::snapshot(req.db(), req.redis())->banners) {
      if (!image::valid_hash(b.image)) continue;
      auto* s = page.dict().AddSectionDictionary("BANNER");
      s->SetValue("TITLE", b.title);
      s->SetValue("IMAGE", image::url(b.image, image::Use::detail));
      if (!b.link.empty())
        s->SetValueAndShowSection("LINK", b.link, "HAS_LINK");
      else
        s->ShowSection("NO_LINK");
    }
    auto t = market::totals(req.db(), req.redis());
    page.dict().SetIntValue("PURCHASES", t.purchases);
    page.dict().SetIntValue("QUOTE_TOTAL", t.quotes);
    for (const auto& it : market::feed(req.db(), now, 20))
      market_ui::fill_item(page.dict().AddSectionDictionary("ITEM"), it);
    res.html(page.render());
  });
}
