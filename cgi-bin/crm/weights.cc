// GET/POST /crm/weights (managers): share count, weight and switch per consultant, and the
// next 20 turns of the automatic assignment. Fields share_count[ID], weight[ID], enabled[ID].
#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/assignment.h"
#include "db/transact.h"
#include "web/serve.h"

namespace {

int number(web::Request& req, const std::string& name, const char* field) {
  auto v = req.arg(name);
  try {
    size_t used = 0;
    int n = std::stoi(v, &used);
    if (used == v.size()) return n;
  } catch (const std::exception&) {
  }
  throw core::BadRequest("请填写整数", field);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"sales_manager"});
    auto policy = crm::Policy::from_config();
    if (req.is_post()) {
      auto& db = req.db();
      db::transact(db, [&](db::Transaction& tx) {
        for (const auto& s : crm::load_shares(db)) {
          auto id = std::to_string(s.consultant_id);
          if (!req.has_arg("share_count[" + id + "]")) continue;
          crm::save_share(
              db, s.consultant_id, number(req, "share_count[" + id + "]", "share_count"),
              number(req, "weight[" + id + "]", "weight"), req.arg("enabled[" + id + "]") == "1");
        }
        tx.commit();
      });
      return res.redirect("/crm/weights?saved=1");
    }
    web::Page page(&req, "crm/weights.tpl", "分配权重");
    crm_ui::menu(page, u);
    auto& d = page.dict();
    if (req.param("saved") == "1") d.ShowSection("SAVED");
    for (const auto& s : crm::load_shares(req.db())) {
      auto* r = d.AddSectionDictionary("SHARE");
      r->SetIntValue("ID", s.consultant_id);
      r->SetValue("NAME", s.name);
      r->SetIntValue("SHARES", s.shares);
      r->SetIntValue("WEIGHT", s.weight);
      if (s.enabled) r->ShowSection("ENABLED");
    }
    int i = 0;
    for (const auto& t : crm::preview(req.db(), policy, core::today(), 20)) {
      auto* r = d.AddSectionDictionary("TURN");
      r->SetIntValue("N", ++i);
      r->SetValue("NAME", t.name);
      if (t.at_cap) r->ShowSection("AT_CAP");
    }
    if (i == 0) d.ShowSection("NO_TURNS");
    web::render(res, page);
  });
}
