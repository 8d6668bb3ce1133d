#include "push/review.h"

#include "core/clock.h"
#include "core/config.h"
#include "db/transact.h"
#include "market/clock.h"
#include "market/money.h"
#include "market/quote.h"
#include "market/status.h"
#include "push/outbox.h"
#include "push/round.h"
#include "sms/gateway.h"

namespace push {

Review Review::from_config() {
  const auto& c = core::Config::get();
  Review r;
  auto rate = [&](const char* key, double& v) {
    std::string s = c.str("push", key, "");
    if (!s.empty()) try {
        v = std::stod(s);
      } catch (const std::exception&) {
      }
  };
  rate("review_click_rate", r.click_rate);
  rate("review_quote_rate", r.quote_rate);
  rate("review_reject_rate", r.reject_rate);
  rate("reminder_reply_rate", r.reply_rate);
  r.reminder_after_hours =
      static_cast<int>(c.num("push", "reminder_after_hours", r.reminder_after_hours));
  r.max_reminders = static_cast<int>(c.num("push", "max_reminders", r.max_reminders));
  return r;
}

bool poor(const Review& r, const RoundRates& x) {
  return x.click < r.click_rate || x.quote < r.quote_rate || x.reject > r.reject_rate;
}

int review_rounds(db::Connection& db, const Policy& p, const Review& r, std::time_t now) {
  std::string at = market::datetime_of(now), today = core::date_of(now) + " 00:00:00";
  // The latest round per item and channel, with its sent, clicked and quoted recipients, and
  // the item's quotes and rejected quotes.
  auto rows = db.query(
      "SELECT r.item_id, r.channel, SUM(x.status IN (1, 2)), "
      "SUM(x.status IN (1, 2) AND x.first_click_at IS NOT NULL), SUM(x.status IN (1, 2) AND "
      "x.quoted = 1), (SELECT COUNT(*) FROM quote q WHERE q.item_id = r.item_id), "
      "(SELECT COUNT(*) FROM quote q WHERE q.item_id = r.item_id AND q.state = " QUOTE_REJECTED
      ") "
      "FROM push_round r JOIN push_recipient x ON x.round_id = r.id "
      "JOIN purchase_item i ON i.id = r.item_id JOIN purchase o ON o.id = i.purchase_id "
      "WHERE r.round_no = (SELECT MAX(round_no) FROM push_round l WHERE l.item_id = r.item_id "
      "AND l.channel = r.channel) AND r.created_at < ? AND i.status = " STORED_OPEN
      " AND o.status = " STORED_OPEN
      " AND (o.deadline IS NULL OR o.deadline > ?) "
      "AND NOT EXISTS (SELECT 1 FROM quote a WHERE a.item_id = r.item_id"
      " AND a.state = " QUOTE_ACCEPTED
      ") "
      "GROUP BY r.id",
      today, at);
  int made = 0;
  for (const auto& row : rows.rows) {
    RoundRates x;
    x.pushed = row.i64(2);
    if (x.pushed == 0) continue;  // nothing went out yet: no verdict
    x.click = double(row.i64(3)) / x.pushed;
    x.quote = double(row.i64(4)) / x.pushed;
    x.reject = row.i64(5) ? double(row.i64(6)) / row.i64(5) : 0;
    if (!poor(r, x)) continue;
    Channel ch = row.str(1) == "sms" ? Channel::sms : Channel::wechat;
    std::string key = "review-" + core::date_of(now) + "-" + std::to_string(row.i64(0));
    auto res = make_round(db, p, row.i64(0), ch, "review", key, now);
    if (res.outcome == RoundOutcome::made) ++made;
  }
  return made;
}

int quote_reminders(db::Connection& db, const Policy& p, const Review& r, std::time_t now) {
  std::string at = market::datetime_of(now);
  auto rows = db.query(
      "SELECT i.id, u.phone, i.variety_name, COUNT(*), SUM(q.state <> 0), MIN(q.price), "
      "MIN(q.created_at), i.unit, COALESCE(m.sent, 0), COALESCE(m.last_at, '') "
      "FROM purchase_item i JOIN purchase o ON o.id = i.purchase_id "
      "JOIN user u ON u.id = o.buyer_id JOIN quote q ON q.item_id = i.id "
      "LEFT JOIN push_reminder m ON m.item_id = i.id "
      "WHERE i.status = 1 AND o.status = 1 AND u.disabled = 0 AND u.phone IS NOT NULL "
      "GROUP BY i.id HAVING SUM(q.state = 0) > 0");
  int queued = 0;
  for (const auto& row : rows.rows) {
    long long item = row.i64(0), total = row.i64(3), replied = row.i64(4);
    int sent = static_cast<int>(row.i64(8));
    if (market::parse_datetime(row.str(6)) > now - r.reminder_after_hours * 3600L) continue;
    if (double(replied) / total >= r.reply_rate) continue;
    if (sent >= r.max_reminders) continue;
    if (!row.str(9).empty() && market::parse_datetime(row.str(9)) > now - 24 * 3600L) continue;
    std::string text =
        sms::signature() + "您采购的" + row.str(2) + "已收到" + std::to_string(total) +
        "个报价，最低" + market::price_text(row.str(5), row.str(7)) + "，请尽快查看并回复供应商：" +
        core::Config::get().str("site", "base_url", "") + "/item/" + std::to_string(item);
    bool won = db::transact(db, [&](db::Transaction& tx) {
      // The guarded UPDATE decides between two runs at once.
      db.query("INSERT IGNORE INTO push_reminder (item_id, sent) VALUES (?, 0)", item);
      if (db.query("UPDATE push_reminder SET sent = sent + 1, last_at = ? WHERE item_id = ? AND "
                   "sent = ?",
                   at, item, sent)
              .affected != 1)
        return false;
      add_event(db, p, "sms", row.str(1), "quote_reminder", text,
                "remind-" + std::to_string(item) + "-" + std::to_string(sent + 1), now);
      tx.commit();
      return true;
    });
    if (won) ++queued;
  }
  return queued;
}

int lead_clicks(db::Connection& db, std::time_t now) {
  auto r = db.query(
      "UPDATE supplier_lead l SET l.unclicked = (SELECT COUNT(*) FROM push_recipient x WHERE "
      "x.lead_id = l.id AND x.channel = 'sms' AND x.status IN (1, 2) AND x.first_click_at IS "
      "NULL AND x.sent_at < ?)",
      market::datetime_of(now - 24 * 3600L));
  return static_cast<int>(r.affected);
}

}  // namespace push
