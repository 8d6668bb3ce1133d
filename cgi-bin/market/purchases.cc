// GET /purchases: the purchase hall: items filtered by keyword (name, alias, pinyin initials),
// variety, category, origin, province and status, sorted, and a "我关注的品种" tab.
#include <cgicc/CgiUtils.h>

#include "cgi-bin/market/rows.h"
#include "market/catalogue.h"
#include "market/view.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    market::Filter f;
    f.q = req.param("q");
    f.variety = req.param("variety");
    f.province = req.param("province");
    f.status = req.param("status");
    f.category = req.param("category");
    f.origin = req.param("origin");
    f.sort = req.param("sort");
    // 我关注的品种 is the member's own list: it needs a login and is never a shared body.
    bool followed = req.param("tab") == "followed";
    if (followed) f.followed_by = req.require_login().id;
    try {
      f.page = std::max(1, std::stoi(req.param("page").empty() ? "1" : req.param("page")));
    } catch (const std::exception&) {
      f.page = 1;
    }
    web::Page page(&req, "market/purchases.tpl", "采购大厅");
    if (!followed && page.shared_body()) return res.html(page.render());
    auto pg = market::search(req.db(), req.redis(), f, market::now());
    auto& d = page.dict();
    d.SetValue("Q", f.q);
    d.SetValue("VARIETY_FILTER", f.variety);
    d.SetValue("ORIGIN", f.origin);
    // The same tabs for everyone (the body is shared): a visitor is asked to log in.
    auto* tabs = d.AddSectionDictionary("TABS");
    tabs->SetValue(followed ? "FOLLOWED_ACTIVE" : "ALL_ACTIVE", "active");
    tabs->SetValue("ALL_CURRENT", followed ? "false" : "page");
    tabs->SetValue("FOLLOWED_CURRENT", followed ? "page" : "false");
    if (followed) d.SetValueAndShowSection("TAB", "followed", "IN_FOLLOWED");
    for (int c = 1; c <= 13; ++c) {
      auto* o = d.AddSectionDictionary("CATEGORY");
      o->SetIntValue("VALUE", c);
      o->SetValue("NAME", market::category_name(c));
      if (std::to_string(c) == f.category) o->SetValue("SELECTED", "selected");
    }
    const std::pair<const char*, const char*> sorts[] = {
        {"", "最新发布"}, {"deadline", "即将截止"}, {"quotes", "报价最多"}};
    for (const auto& [v, name] : sorts) {
      auto* o = d.AddSectionDictionary("SORT");
      o->SetValue("VALUE", v);
      o->SetValue("NAME", name);
      if (f.sort == v) o->SetValue("SELECTED", "selected");
    }
    d.SetIntValue("TOTAL", pg.total);
    for (const auto& it : pg.rows) market_ui::fill_item(d.AddSectionDictionary("ITEM"), it);
    if (pg.rows.empty()) d.ShowSection("EMPTY");
    for (const auto& a : market::area_children(req.db(), 0)) {
      auto* o = d.AddSectionDictionary("PROVINCE");
      o->SetIntValue("CODE", a.code);
      o->SetValue("NAME", a.name);
      if (std::to_string(a.code) == f.province) o->SetValue("SELECTED", "selected");
    }
    const std::pair<const char*, const char*> states[] = {
        {"1", "等待报价"}, {"2", "报价结束"}, {"3", "采购成功"}, {"0", "关闭"}};
    for (const auto& [v, name] : states) {
      auto* o = d.AddSectionDictionary("STATE");
      o->SetValue("VALUE", v);
      o->SetValue("NAME", name);
      if (f.status == v) o->SetValue("SELECTED", "selected");
    }
    std::string base = "/purchases?q=" + cgicc::form_urlencode(f.q) +
                       "&variety=" + cgicc::form_urlencode(f.variety) +
                       "&province=" + cgicc::form_urlencode(f.province) +
                       "&status=" + cgicc::form_urlencode(f.status) +
                       "&category=" + cgicc::form_urlencode(f.category) +
                       "&origin=" + cgicc::form_urlencode(f.origin) +
                       "&sort=" + cgicc::form_urlencode(f.sort) +
                       (followed ? "&tab=followed" : "") + "&page=";
    d.SetIntValue("PAGE", pg.page);
    d.SetIntValue("PAGES", pg.pages);
    if (pg.page > 1)
      d.SetValueAndShowSection("PREV_URL", base + std::to_string(pg.page - 1), "PREV");
    if (pg.page < pg.pages)
      d.SetValueAndShowSection("NEXT_URL", base + std::to_string(pg.page + 1), "NEXT");
    res.html(page.render());
  });
}
