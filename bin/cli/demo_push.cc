// Push demo data (`yaocai demo`): supplier leads, buy-leads, and push rounds of the demo
// marketplace's open items with sends, deliveries, clicks and quotes spread over this month,
// so /admin/push, /admin/stats and /admin/leads show something. Idempotent: a second run
// adds nothing (rounds are keyed by item, leads by mobile).
#include "bin/cli/command.h"
#include "core/clock.h"
#include "db/connection.h"
#include "market/clock.h"
#include "push/leads.h"
#include "push/round.h"

namespace cli {

void demo_push() {
  auto& db = db::local();
  const char* varieties[] = {"黄芪", "党参", "当归", "甘草", "白芍", "川芎", "茯苓", "枸杞"};
  std::vector<push::LeadRow> leads;
  for (int i = 0; i < 40; ++i) {
    push::LeadRow r;
    r.line = i + 2;
    char mobile[16];
    std::snprintf(mobile, sizeof mobile, "1590000%04d", i);
    r.fields = {{"mobile", mobile},
                {"name", "线索" + std::to_string(i + 1)},
                {"company", i % 3 ? "" : "安国药材商行"},
                {"varieties", std::string(varieties[i % 8]) + "、" + varieties[(i + 3) % 8]}};
    leads.push_back(r);
  }
  push::import_supplier_leads(db, leads, "demo");
  std::vector<push::LeadRow> buys;
  const char* buy_varieties[] = {"党参", "黄芪", "不认识的药材", "当归"};
  for (int i = 0; i < 4; ++i) {
    push::LeadRow r;
    r.line = i + 2;
    r.fields = {{"id", "demo-" + std::to_string(i)},
                {"mobile", "1580000000" + std::to_string(i)},
                {"name", "外部求购" + std::to_string(i + 1)},
                {"variety", buy_varieties[i]},
                {"quantity", std::to_string(i + 1) + "吨"}};
    buys.push_back(r);
  }
  push::import_buy_leads(db, buys, "demo", core::today());

  // A round for each open demo item not pushed yet, made on a day of this month.
  push::Policy policy;
  std::time_t now = core::now();
  auto items = db.query(
      "SELECT i.id FROM purchase_item i WHERE i.status = 1 AND NOT EXISTS (SELECT 1 FROM "
      "push_round r WHERE r.item_id = i.id) ORDER BY i.id DESC LIMIT 12");
  int n = 0;
  for (const auto& row : items.rows) {
    long long item = row.i64(0);
    std::time_t when = now - (n % 4) * 7 * 86400L - 3600;
    auto r = push::make_round(db, policy, item, push::Channel::sms, "publish",
                              "demo-" + std::to_string(item), when);
    ++n;
    if (r.outcome != push::RoundOutcome::made) continue;
    std::string at = market::datetime_of(when);
    // Sent and delivered, then a share clicked and a few quoted, as a real round would go.
    db.query(
        "UPDATE push_recipient SET status = 2, sent_at = ?, delivered_at = ? WHERE "
        "round_id = ?",
        at, at, r.round_id);
    db.query(
        "UPDATE push_outbox o JOIN push_recipient x ON x.id = o.recipient_id SET "
        "o.state = 3, o.sent_at = ? WHERE x.round_id = ?",
        at, r.round_id);
    db.query(
        "UPDATE push_recipient SET first_click_at = ?, clicks = 1 WHERE round_id = ? "
        "AND MOD(id, 2) = 0",
        at, r.round_id);
    db.query("UPDATE push_recipient SET quoted = 1 WHERE round_id = ? AND MOD(id, 5) = 0",
             r.round_id);
  }
}

}  // namespace cli
