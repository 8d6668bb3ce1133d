// The push engine's admin pages (spec §2, §7):
//   GET  /admin/push               recent rounds with their counts
//   GET  /admin/push/items/{id}    one item's rounds, and the 推送 button
//   POST /admin/push/items/{id}    queue the item's next rounds now (logged)
//   GET  /admin/push/rounds/{id}   one round's recipients
#include "admin/admin.h"
#include "cgi-bin/admin/frame.h"
#include "push/queue.h"
#include "push/report.h"
#include "push/round.h"

namespace {

void fill_round(ctemplate::TemplateDictionary* d, const push::RoundRow& r) {
  d->SetIntValue("ID", r.id);
  d->SetIntValue("ITEM", r.item_id);
  d->SetIntValue("PURCHASE", r.purchase_id);
  d->SetValue("VARIETY", r.variety);
  d->SetValue("CHANNEL", r.channel == "sms" ? "短信" : "微信");
  d->SetIntValue("ROUND_NO", r.round_no);
  d->SetValue("REASON", r.reason == "publish" ? "发布" : r.reason == "admin" ? "手动" : "补推");
  d->SetValue("AT", r.created_at);
  d->SetIntValue("RECIPIENTS", r.recipients);
  d->SetIntValue("PUSHED", r.pushed);
  d->SetIntValue("DELIVERED", r.delivered);
  d->SetIntValue("CLICKED", r.clicked);
  d->SetIntValue("QUOTED", r.quoted);
  d->SetIntValue("REGISTERED", r.registered);
  d->SetIntValue("WAITING", r.waiting);
}

// The shared round table (templates/admin/push_rounds.tpl) of a page.
ctemplate::TemplateDictionary* round_table(web::Page& page) {
  auto* t = page.dict().AddIncludeDictionary("PUSH_ROUNDS");
  t->SetFilename("admin/push_rounds.tpl");
  return t;
}

void fill_rounds(ctemplate::TemplateDictionary* table, const std::vector<push::RoundRow>& rows) {
  for (const auto& r : rows) fill_round(table->AddSectionDictionary("ROUND"), r);
  if (rows.empty()) table->ShowSection("NONE");
}

long long id_after(const std::string& path, const std::string& prefix) {
  return admin_ui::to_id(path.substr(prefix.size()));
}

void item_page(web::Request& req, web::Response& res, long long item_id) {
  const auto& admin = admin_ui::require_admin(req);
  auto item = push::load_item(req.db(), item_id, "9999-12-31 00:00:00");  // NotFound
  if (req.is_post()) {
    push::enqueue_item(req.redis(), item_id, "admin");
    admin::log(req.db(), admin.id, "push_item", "purchase_item", item_id, item.variety_name);
    res.redirect("/admin/push/items/" + std::to_string(item_id) + "?done=1");
    return;
  }
  web::Page page(&req, "admin/push_item.tpl", "推送 · " + item.variety_name);
  admin_ui::frame(req, page, "push");
  auto& d = page.dict();
  d.SetIntValue("ITEM", item_id);
  d.SetIntValue("PURCHASE", item.purchase_id);
  d.SetValue("VARIETY", item.variety_name);
  d.SetValue("QUANTITY", item.quantity + item.unit);
  fill_rounds(round_table(page), push::rounds(req.db(), item_id, 100));
  web::render(res, page);
}

void round_page(web::Request& req, web::Response& res, long long round_id) {
  admin_ui::require_admin(req);
  if (req.is_post()) throw web::MethodNotAllowed();
  auto round = push::round_row(req.db(), round_id);
  web::Page page(&req, "admin/push_round.tpl", "推送轮次 #" + std::to_string(round_id));
  admin_ui::frame(req, page, "push");
  fill_round(&page.dict(), round);
  for (const auto& x : push::recipients(req.db(), round_id)) {
    auto* d = page.dict().AddSectionDictionary("RECIPIENT");
    d->SetValue("WHO", x.who.empty() ? "—" : x.who);
    d->SetValue("KIND", x.user_id ? "会员" : "线索");
    if (x.user_id) {
      d->SetIntValue("USER", x.user_id);
      d->ShowSection("MEMBER");
    }
    d->SetValue("ADDRESS", x.address);
    d->SetValue("STATUS", x.status);
    d->SetValue("SENT_AT", x.sent_at);
    d->SetValue("CLICKED_AT", x.first_click_at);
    d->SetIntValue("CLICKS", x.clicks);
    if (x.quoted) d->ShowSection("QUOTED");
    if (x.registered) d->ShowSection("REGISTERED");
  }
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const std::string& path = req.path();
    if (path.rfind("/admin/push/items/", 0) == 0)
      return item_page(req, res, id_after(path, "/admin/push/items/"));
    if (path.rfind("/admin/push/rounds/", 0) == 0)
      return round_page(req, res, id_after(path, "/admin/push/rounds/"));
    admin_ui::require_admin(req);
    if (req.is_post()) throw web::MethodNotAllowed();
    web::Page page(&req, "admin/push.tpl", "推送");
    admin_ui::frame(req, page, "push");
    fill_rounds(round_table(page), push::rounds(req.db(), std::nullopt, 100));
    web::render(res, page);
  });
}
