// GET /varieties/suggest.json?q= (name, alias, pinyin initials) and
// GET /areas/children.json?parent= (0 or absent = provinces): the publish form's pickers.
#include "core/error.h"
#include "market/catalogue.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.is_post()) throw core::MethodNotAllowed();
    nlohmann::json out{{"ok", true}};
    if (req.path() == "/varieties/suggest.json") {
      std::string q = req.param("q");
      if (q.size() > 60) throw core::BadRequest("关键词过长", "q");
      auto list = nlohmann::json::array();
      for (const auto& v : market::suggest_varieties(req.db(), q, 10))
        list.push_back({{"id", v.id},
                        {"name", v.name},
                        {"category", market::category_name(v.category)},
                        {"aliases", v.aliases},
                        {"specs", v.specs},
                        {"units", v.units},
                        {"origins", v.origins}});
      out["varieties"] = list;
    } else if (req.path() == "/areas/children.json") {
      std::string p = req.param("parent");
      long long parent = 0;
      if (!p.empty()) {
        if (p.size() > 9 || p.find_first_not_of("0123456789") != std::string::npos)
          throw core::BadRequest("地区编码无效", "parent");
        parent = std::stoll(p);
      }
      auto list = nlohmann::json::array();
      for (const auto& a : market::area_children(req.db(), parent))
        list.push_back({{"code", a.code}, {"name", a.name}, {"level", a.level}});
      out["areas"] = list;
    } else {
      throw core::NotFound();
    }
    res.header("Cache-Control", "public, max-age=300");
    res.json(out);
  });
}
