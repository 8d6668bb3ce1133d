#include "crm/grab.h"

#include "core/error.h"
#include "crm/customer.h"
#include "crm/customers_changed.h"
#include "crm/holding.h"
#include "crm/release.h"
#include "db/transact.h"

namespace crm {

void grab(db::Connection& db, const Policy& p, long long customer_id, long long consultant_id,
          const std::string& today) {
  auto cut = cutoffs(p, today);
  db::transact(db, [&](db::Transaction& tx) {
    // One grab at a time per consultant, so two of their own grabs cannot both pass the cap.
    db.query("SELECT id FROM user WHERE id = ? FOR UPDATE", consultant_id);
    auto h = lock_holding(db, customer_id);

    auto won = db.query(
        "UPDATE crm_customer SET consultant_id = ?, taken_date = ?, last_follow_date = ?"
        " WHERE id = ? AND status = 0"
        " AND (consultant_id IS NULL OR taken_date < ? OR last_follow_date < ?)"
        // The holder whose customer just went public waits out the cooldown like anyone
        // released by the job.
        " AND (consultant_id IS NULL OR consultant_id <> ?"
        "      OR LEAST(taken_date + INTERVAL ? DAY, last_follow_date + INTERVAL ? DAY)"
        "         + INTERVAL ? DAY <= ?)"
        " AND NOT EXISTS (SELECT 1 FROM crm_cooldown k WHERE k.customer_id = ?"
        "                 AND k.consultant_id = ? AND k.until > ?)"
        " AND (SELECT COUNT(*) FROM crm_customer m WHERE m.consultant_id = ? AND m.status = 0"
        "      AND m.taken_date >= ? AND m.last_follow_date >= ?) < ?",
        consultant_id, today, today, customer_id, cut.taken_before, cut.follow_before,
        consultant_id, p.private_days + 1, p.follow_days + 1, p.cooldown_days, today, customer_id,
        consultant_id, today, consultant_id, cut.taken_before, cut.follow_before, p.private_cap);

    if (won.affected == 0) {
      // Why the guard refused, for the loser's message; nothing was written.
      bool was_public =
          is_public(p, today, h.enrolled, h.consultant_id != 0, h.taken_date, h.last_follow_date);
      if (h.enrolled) throw core::Conflict("该客户已报名成单，不能抢单", "taken");
      if (!was_public && h.consultant_id == consultant_id)
        throw core::Conflict("该客户已经是你的客户", "already_mine");
      if (!was_public) throw core::Conflict("手慢了，该客户已被其他顾问抢走", "taken");
      if (private_count(db, consultant_id, p, today) >= p.private_cap)
        throw core::Conflict("你的私户已达上限（" + std::to_string(p.private_cap) +
                                 "个），请先跟进成单或等待释放后再抢单",
                             "cap");
      throw core::Conflict("该客户刚从你名下释放，冷却期内不能抢回", "cooldown");
    }
    if (h.consultant_id)
      end_tenure(db, p, customer_id, h.consultant_id, h.taken_date, h.last_follow_date);
    db.query(
        "INSERT INTO crm_distribution (customer_id, consultant_id, assigned_date, how, status)"
        " VALUES (?, ?, ?, 'grab', 1)",
        customer_id, consultant_id, today);
    customers_changed(db);
    tx.commit();
  });
}

}  // namespace crm
