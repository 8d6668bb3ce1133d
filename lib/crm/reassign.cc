#include "crm/reassign.h"

#include "core/error.h"
#include "crm/access.h"
#include "crm/customer.h"
#include "crm/customers_changed.h"
#include "crm/holding.h"
#include "db/transact.h"

namespace crm {

void reassign(db::Connection& db, const Policy& p, long long customer_id, long long to,
              const auth::User& by, const std::string& today) {
  if (!manages(by)) throw core::Forbidden("只有销售经理可以转移客户");
  auto target = auth::find_user(db, to);
  if (!target || target->disabled || !target->has_role("sales"))
    throw core::BadRequest("请选择一位在职的课程顾问", "consultant_id");
  db::transact(db, [&](db::Transaction& tx) {
    auto h = lock_holding(db, customer_id);
    if (h.enrolled) throw core::Conflict("该客户已报名成单，不能转移", "enrolled");
    bool held =
        h.consultant_id && !is_public(p, today, false, true, h.taken_date, h.last_follow_date);
    if (held && h.consultant_id == to) throw core::Conflict("该客户已经是这位顾问的客户", "same");
    std::string from = "公户";
    if (h.consultant_id) {
      if (auto u = auth::find_user(db, h.consultant_id); u && held) from = u->display_name();
      db.query(
          "UPDATE crm_distribution SET status = 5, ended_date = ?"
          " WHERE customer_id = ? AND consultant_id = ? AND status = 1",
          today, customer_id, h.consultant_id);
    }
    db.query(
        "UPDATE crm_customer SET consultant_id = ?, taken_date = ?, last_follow_date = ?,"
        " next_follow_date = NULL WHERE id = ?",
        to, today, today, customer_id);
    db.query(
        "INSERT INTO crm_distribution (customer_id, consultant_id, assigned_date, how, status)"
        " VALUES (?, ?, ?, 'reassign', 1)",
        customer_id, to, today);
    db.query(
        "INSERT INTO crm_assignment_log (customer_id, consultant_id, reason, created_by)"
        " VALUES (?, ?, ?, ?)",
        customer_id, to,
        by.display_name() + " 将客户从 " + from + " 转给 " + target->display_name(), by.id);
    customers_changed(db);
    tx.commit();
  });
}

std::vector<Consultant> consultants(db::Connection& db) {
  auto r = db.query(
      "SELECT id, display_name FROM user WHERE FIND_IN_SET('sales', roles) AND disabled = 0"
      " ORDER BY display_name, id");
  std::vector<Consultant> out;
  for (const auto& row : r.rows) out.push_back({row.i64(0), row.str(1)});
  return out;
}

}  // namespace crm
