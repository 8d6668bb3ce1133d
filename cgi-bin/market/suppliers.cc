// GET /suppliers (verified first) and /supplier/{id}: the supplier directory and profile.
// Prices and phones are never shown here.
#include "cgi-bin/market/rows.h"
#include "market/view.h"
#include "web/path_id.h"
#include "web/serve.h"
#include "web/verified_badge.h"

namespace {
void fill_supplier(ctemplate::TemplateDictionary* d, const market::Supplier& s) {
  d->SetIntValue("SID", s.id);
  d->SetValue("NAME", s.name);
  d->SetValue("TYPE", s.member_type);
  d->SetValue("SINCE", s.since);
  d->SetIntValue("QUOTE_COUNT", s.quotes);
  web::show_verified_badge(*d, s.verified);
  std::string v;
  for (const auto& x : s.varieties) v += (v.empty() ? "" : "、") + x;
  d->SetValue("VARIETIES", v.empty() ? "—" : v);
}
}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.is_post()) throw core::MethodNotAllowed();
    if (req.path() == "/suppliers") {
      int page_no = 1;
      try {
        if (!req.param("page").empty()) page_no = std::max(1, std::stoi(req.param("page")));
      } catch (const std::exception&) {
      }
      web::Page page(&req, "market/suppliers.tpl", "供应商");
      if (page.shared_body()) return web::render(res, page);
      long long total = 0;
      auto list = market::suppliers(req.db(), page_no, &total);
      page.dict().SetIntValue("TOTAL", total);
      for (const auto& s : list) fill_supplier(page.dict().AddSectionDictionary("SUPPLIER"), s);
      if (list.empty()) page.dict().ShowSection("EMPTY");
      if (page_no > 1)
        page.dict().SetValueAndShowSection("PREV_PAGE", std::to_string(page_no - 1), "PREV");
      if (page_no * market::kPageSize < total)
        page.dict().SetValueAndShowSection("NEXT_PAGE", std::to_string(page_no + 1), "NEXT");
      web::render(res, page);
      return;
    }
    long long id = web::id_in_path(req.path(), "/supplier/").id;
    auto s = market::load_supplier(req.db(), id);
    if (!s) throw core::NotFound("供应商不存在");
    web::Page page(&req, "market/supplier.tpl", s->name);
    fill_supplier(&page.dict(), *s);
    web::render(res, page);
  });
}
