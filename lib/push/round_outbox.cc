#include "push/round_outbox.h"

#include <limits>

#include "db/transact.h"
#include "market/clock.h"
#include "push/courtesy.h"

namespace push {

int write_round_outbox(db::Connection& db, const Policy& p, long long round_id, bool sms,
                       long long after, std::time_t now, int max_rows) {
  // The chunk's last recipient; none when fewer are left, and then the round is complete.
  auto last = db.query(
      "SELECT id FROM push_recipient WHERE round_id = ? AND id > ? ORDER BY id LIMIT 1 OFFSET ?",
      round_id, after, max_rows - 1);
  std::string at = market::datetime_of(now);
  std::string first_try = market::datetime_of(sms ? courtesy_time(p, now) : now);
  const std::string& tpl = sms ? p.sms_template : p.wechat_template;
  bool done = last.empty();
  long long upto = done ? std::numeric_limits<long long>::max() : last.one().i64(0);
  auto r = db.query(
      "INSERT INTO push_outbox (kind, channel, address, template, data, idem_key, recipient_id, "
      "state, next_try_at, created_at) SELECT 'push', channel, address, ?, message, "
      "CONCAT('p-', token), id, 0, ?, ? FROM push_recipient WHERE round_id = ? AND id > ? AND "
      "id <= ? ORDER BY id",
      tpl, first_try, at, round_id, after, upto);
  // Done: outbox_upto no longer matters; else the next chunk starts after it.
  db.query("UPDATE push_round SET outbox_upto = ?, outboxed = ? WHERE id = ?", done ? after : upto,
           done, round_id);
  return static_cast<int>(r.affected);
}

int write_pending_outbox(db::Connection& db, const Policy& p, std::time_t now, int max_rows) {
  return db::transact(db, [&](db::Transaction& tx) {
    int n = 0;
    auto rounds = db.query(
        "SELECT id, channel = 'sms', outbox_upto FROM push_round WHERE outboxed = 0 ORDER BY id "
        "LIMIT 10 FOR UPDATE SKIP LOCKED");
    for (const auto& r : rounds.rows) {
      if (n >= max_rows) break;
      n += write_round_outbox(db, p, r.i64(0), r.i64(1) != 0, r.i64(2), now, max_rows - n);
    }
    tx.commit();
    return n;
  });
}

}  // namespace push
