#include "crm/release.h"

#include "core/clock.h"
#include "crm/customers_changed.h"
#include "db/transact.h"

namespace crm {

void end_tenure(db::Connection& db, const Policy& p, long long customer_id, long long consultant_id,
                const std::string& taken_date, const std::string& last_follow_date) {
  auto rel = release_of(p, taken_date, last_follow_date);
  db.query(
      "UPDATE crm_distribution SET status = ?, ended_date = ?"
      " WHERE customer_id = ? AND consultant_id = ? AND status = 1",
      rel.status, rel.date, customer_id, consultant_id);
  // Counted from the day it went public, so a late job run shortens nothing.
  auto until = core::add_days(rel.date, p.cooldown_days);
  db.query(
      "INSERT INTO crm_cooldown (customer_id, consultant_id, until) VALUES (?, ?, ?)"
      " ON DUPLICATE KEY UPDATE until = VALUES(until)",
      customer_id, consultant_id, until);
}

int release_overdue(db::Connection& db, const Policy& p, const std::string& today) {
  auto cut = cutoffs(p, today);
  auto due = db.query(
      "SELECT id FROM crm_customer WHERE status = 0 AND consultant_id IS NOT NULL"
      " AND (taken_date < ? OR last_follow_date < ?) ORDER BY id",
      cut.taken_before, cut.follow_before);
  int released = 0;
  for (const auto& row : due.rows) {
    // One short transaction per customer: a follow-up or grab racing the job either lands
    // before (and the re-check below skips it) or after (and sees the released customer).
    bool done = db::transact(db, [&](db::Transaction& tx) {
      auto cur = db.query(
          "SELECT consultant_id, taken_date, last_follow_date FROM crm_customer"
          " WHERE id = ? AND status = 0 AND consultant_id IS NOT NULL"
          " AND (taken_date < ? OR last_follow_date < ?) FOR UPDATE",
          row.i64(0), cut.taken_before, cut.follow_before);
      if (cur.empty()) return false;
      const auto& c = cur.one();
      end_tenure(db, p, row.i64(0), c.i64(0), c.str(1), c.str(2));
      db.query("UPDATE crm_customer SET consultant_id = NULL WHERE id = ?", row.i64(0));
      customers_changed(db);
      tx.commit();
      return true;
    });
    if (done) ++released;
  }
  return released;
}

}  // namespace crm
