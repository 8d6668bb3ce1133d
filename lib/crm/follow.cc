#include "crm/follow.h"

#include "core/clock.h"
#include "core/error.h"
#include "crm/access.h"
#include "crm/customer.h"
#include "crm/customers_changed.h"
#include "crm/school.h"
#include "db/transact.h"

namespace crm {

namespace {

// Who may act on the customer now; throws otherwise. Returns the holder.
long long check_holder(db::Connection& db, const Policy& p, long long customer_id,
                       const auth::User& by, const std::string& today) {
  auto c = find(db, customer_id);
  if (!c) throw core::NotFound("客户不存在");
  if (c->is_public(p, today)) throw core::Conflict("该客户已进入公户，请先抢单", "public");
  if (c->consultant_id != by.id && !manages(by)) throw core::Forbidden("该客户不是你的客户");
  return c->consultant_id;
}

}  // namespace

void follow_up(db::Connection& db, const Policy& p, long long customer_id, const auth::User& by,
               const std::string& note, const std::string& today, const std::string& next) {
  if (note.find_first_not_of(" \t\r\n") == std::string::npos)
    throw core::BadRequest("请填写跟进内容", "note");
  if (note.size() > 6000) throw core::BadRequest("跟进内容过长", "note");
  if (!next.empty() && (!core::valid_date(next) || next < today))
    throw core::BadRequest("下次跟进日期应为今天或以后的日期", "next_follow_date");
  db::transact(db, [&](db::Transaction& tx) {
    long long holder = check_holder(db, p, customer_id, by, today);
    auto cut = cutoffs(p, today);
    // Guarded like a grab: if the customer went public or changed hands meanwhile, no refresh.
    auto r = db.query(
        "UPDATE crm_customer SET last_follow_date = ?, next_follow_date = ? WHERE id = ?"
        " AND consultant_id = ? AND (status = 1 OR (taken_date >= ? AND last_follow_date >= ?))",
        today, next.empty() ? db::Param(nullptr) : db::Param(next), customer_id, holder,
        cut.taken_before, cut.follow_before);
    if (r.affected == 0 &&
        db.query("SELECT 1 FROM crm_customer WHERE id = ? AND consultant_id = ? AND"
                 " last_follow_date = ?",
                 customer_id, holder, today)
            .empty())
      throw core::Conflict("该客户已不在你名下，请刷新页面", "changed");
    db.query(
        "INSERT INTO crm_follow_up (customer_id, consultant_id, follow_date, note)"
        " VALUES (?, ?, ?, ?)",
        customer_id, by.id, today, note);
    customers_changed(db);
    tx.commit();
  });
}

std::vector<FollowUp> follow_ups(db::Connection& db, long long customer_id) {
  auto r = db.query(
      "SELECT f.id, f.follow_date, f.note,"
      " u.display_name, f.created_at"
      " FROM crm_follow_up f JOIN user u ON u.id = f.consultant_id"
      " WHERE f.customer_id = ? ORDER BY f.id DESC",
      customer_id);
  std::vector<FollowUp> out;
  for (const auto& row : r.rows)
    out.push_back({row.i64(0), row.str(1), row.str(2), row.str(3), row.str(4)});
  return out;
}

void enroll(db::Connection& db, const Policy& p, long long customer_id, const auth::User& by,
            const std::string& today, long long class_id) {
  db::transact(db, [&](db::Transaction& tx) {
    auto c = find(db, customer_id);
    if (c && c->enrolled()) throw core::Conflict("该客户已经报名", "enrolled");
    long long holder = check_holder(db, p, customer_id, by, today);
    auto cut = cutoffs(p, today);
    auto r = db.query(
        "UPDATE crm_customer SET status = 1 WHERE id = ? AND consultant_id = ? AND status = 0"
        " AND taken_date >= ? AND last_follow_date >= ?",
        customer_id, holder, cut.taken_before, cut.follow_before);
    if (r.affected == 0) throw core::Conflict("该客户状态已变化，请刷新页面", "changed");
    db.query(
        "UPDATE crm_distribution SET status = 2, ended_date = ?"
        " WHERE customer_id = ? AND consultant_id = ? AND status = 1",
        today, customer_id, holder);
    if (class_id) add_student(db, customer_id, class_id, today);
    customers_changed(db);
    tx.commit();
  });
}

}  // namespace crm
