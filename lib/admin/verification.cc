#include "admin/verification.h"

#include "admin/admin.h"
#include "core/error.h"
#include "core/text.h"
#include "db/into.h"
#include "db/transact.h"

namespace admin {
namespace {

VerificationRequest request_of(const db::Row& r) {
  return {r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5)};
}

// Glued to each query at compile time (adjacent literals): every statement is one constant.
#define REQUEST_SELECT                                                                   \
  "SELECT v.user_id, v.status, v.reason, DATE_FORMAT(v.submitted_at, '%Y-%m-%d %H:%i')," \
  " u.display_name, COALESCE(u.phone, '') FROM verification_request v"                   \
  " JOIN user u ON u.id = v.user_id"

}  // namespace

void request_verification(db::Connection& db, long long user_id,
                          const std::vector<std::string>& images) {
  if (images.empty()) throw core::BadRequest("请上传营业执照或身份证照片", "document");
  db::transact(db, [&](db::Transaction& tx) {
    auto u = db.query("SELECT verified FROM user WHERE id = ? FOR UPDATE", user_id);
    if (u.empty()) throw core::NotFound("用户不存在");
    if (u.one().i64(0)) throw core::Conflict("您的身份已认证，无需再次提交", "verified");
    for (const auto& image : images)
      db.query("INSERT IGNORE INTO user_document (user_id, image, uploaded_by) VALUES (?, ?, ?)",
               user_id, image, user_id);
    db.query(
        "INSERT INTO verification_request (user_id, status, reason, submitted_at, reviewed_at)"
        " VALUES (?, 'pending', '', NOW(), NULL) ON DUPLICATE KEY UPDATE status = 'pending',"
        " reason = '', submitted_at = NOW(), reviewed_at = NULL",
        user_id);
    tx.commit();
  });
}

std::optional<VerificationRequest> verification_request(db::Connection& db, long long user_id) {
  return db::first(db.query(REQUEST_SELECT " WHERE v.user_id = ?", user_id), request_of);
}

std::vector<VerificationRequest> pending_verifications(db::Connection& db, int limit) {
  return db::all(db.query(REQUEST_SELECT
                          " WHERE v.status = 'pending' ORDER BY v.submitted_at, v.user_id LIMIT ?",
                          limit),
                 request_of);
}

void refuse_verification(db::Connection& db, const auth::User& admin, long long user_id,
                         const std::string& reason) {
  std::string why = core::trim(reason);
  if (why.empty()) throw core::BadRequest("请填写未通过的原因，会告诉该会员", "reason");
  if (core::char_count(why) > 200) throw core::BadRequest("原因最多200个字", "reason");
  db::transact(db, [&](db::Transaction& tx) {
    auto r = db.query(
        "UPDATE verification_request SET status = 'refused', reason = ?, reviewed_at = NOW()"
        " WHERE user_id = ? AND status = 'pending'",
        why, user_id);
    if (r.affected == 0) throw core::NotFound("没有待审核的认证申请");
    log(db, admin.id, "refuse_verification", "user", user_id, why);
    tx.commit();
  });
}

}  // namespace admin
