#include "crm/holding.h"

#include "core/error.h"
#include "db/into.h"

namespace crm {

Holding lock_holding(db::Connection& db, long long customer_id) {
  auto r = db.query(
      "SELECT status = 1, COALESCE(consultant_id, 0), COALESCE(taken_date, ''),"
      " COALESCE(last_follow_date, '') FROM crm_customer WHERE id = ? FOR UPDATE",
      customer_id);
  if (r.empty()) throw core::NotFound("客户不存在");
  Holding h;
  db::into(r.one(), h.enrolled, h.consultant_id, h.taken_date, h.last_follow_date);
  return h;
}

}  // namespace crm
