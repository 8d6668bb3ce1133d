#include <sstream>

#include "admin/admin.h"
#include "core/error.h"
#include "core/text.h"
#include "db/into.h"
#include "db/transact.h"
#include "session/user_card.h"

namespace admin {
namespace {

auth::User must_find(db::Connection& db, long long id) {
  auto u = auth::find_user(db, id);
  if (!u) throw core::NotFound("用户不存在");
  return *u;
}

std::string join(const std::set<std::string>& roles) {
  std::string s;
  for (const auto& r : roles) s += (s.empty() ? "" : ",") + r;
  return s;
}

}  // namespace

std::vector<MemberRow> search_members(db::Connection& db, const std::string& q, int limit,
                                      int offset) {
  std::string pattern = "%" + core::like_literal(q) + "%";
  auto r = db.query(
      "SELECT id, COALESCE(phone, ''), COALESCE(username, ''), name, nickname, user_type, roles, "
      "verified, disabled, DATE_FORMAT(created_at, '%Y-%m-%d %H:%i'), "
      "COALESCE(DATE_FORMAT(last_login_at, '%Y-%m-%d %H:%i'), '') FROM user "
      "WHERE ? = '' OR phone LIKE ? OR username LIKE ? OR name LIKE ? OR nickname LIKE ? "
      "ORDER BY id DESC LIMIT ? OFFSET ?",
      q, pattern, pattern, pattern, pattern, limit, offset);
  std::vector<MemberRow> out;
  for (const auto& row : r.rows) {
    MemberRow m;
    db::into(row, m.user.id, m.user.phone, m.user.username, m.user.name, m.user.nickname,
             m.user.user_type, db::skip, m.user.verified, m.user.disabled, m.created_at,
             m.last_login_at);
    std::stringstream roles(row.str(6));
    for (std::string x; std::getline(roles, x, ',');)
      if (!x.empty()) m.user.roles.insert(x);
    out.push_back(std::move(m));
  }
  return out;
}

void set_disabled(db::Connection& db, const auth::User& admin, long long user_id, bool disabled) {
  must_find(db, user_id);
  if (disabled && user_id == admin.id) throw core::Forbidden("不能停用自己的账号");
  db::transact(db, [&](db::Transaction& tx) {
    db.query("UPDATE user SET disabled = ? WHERE id = ?", disabled ? 1 : 0, user_id);
    session::user_changed(db, user_id);
    log(db, admin.id, disabled ? "disable" : "enable", "user", user_id);
    tx.commit();
  });
}

void set_roles(db::Connection& db, const auth::User& admin, long long user_id,
               const std::set<std::string>& roles) {
  auto before = must_find(db, user_id);
  for (const auto& r : roles)
    if (!auth::known_roles().count(r)) throw core::BadRequest("未知角色：" + r, "roles");
  if (user_id == admin.id && !roles.count("admin"))
    throw core::Forbidden("不能取消自己的管理员角色");
  db::transact(db, [&](db::Transaction& tx) {
    db.query("UPDATE user SET roles = ? WHERE id = ?", join(roles), user_id);
    session::user_changed(db, user_id);
    log(db, admin.id, "roles", "user", user_id, join(before.roles) + " → " + join(roles));
    tx.commit();
  });
}

void set_member_type(db::Connection& db, const auth::User& admin, long long user_id, int type) {
  auto before = must_find(db, user_id);
  if (type < 1 || type > 10) throw core::BadRequest("请选择经营主体类型", "user_type");
  db::transact(db, [&](db::Transaction& tx) {
    db.query("UPDATE user SET user_type = ? WHERE id = ?", type, user_id);
    session::user_changed(db, user_id);  // the notices a member sees follow the type
    log(db, admin.id, "user_type", "user", user_id,
        std::string(auth::member_type_name(before.user_type)) + " → " +
            auth::member_type_name(type));
    tx.commit();
  });
}

void set_verified(db::Connection& db, const auth::User& admin, long long user_id, bool verified) {
  must_find(db, user_id);
  db::transact(db, [&](db::Transaction& tx) {
    // The document check and the flag change in one statement: no verification without one.
    auto r = db.query(
        "UPDATE user SET verified = ? WHERE id = ? AND "
        "(? = 0 OR EXISTS (SELECT 1 FROM user_document d WHERE d.user_id = user.id))",
        verified ? 1 : 0, user_id, verified ? 1 : 0);
    session::user_changed(db, user_id);
    if (verified && r.affected == 0 && documents(db, user_id).empty())
      throw core::BadRequest("请先上传身份证明材料", "document");
    log(db, admin.id, verified ? "verify" : "unverify", "user", user_id);
    // A member's own request (admin/verification.h) is answered by the verification.
    if (verified) db.query("DELETE FROM verification_request WHERE user_id = ?", user_id);
    tx.commit();
  });
}

void add_document(db::Connection& db, const auth::User& admin, long long user_id,
                  const std::string& image) {
  must_find(db, user_id);
  db::transact(db, [&](db::Transaction& tx) {
    db.query("INSERT IGNORE INTO user_document (user_id, image, uploaded_by) VALUES (?, ?, ?)",
             user_id, image, admin.id);
    log(db, admin.id, "document", "user", user_id, image);
    tx.commit();
  });
}

std::vector<Document> documents(db::Connection& db, long long user_id) {
  return db::all(
      db.query("SELECT id, image, DATE_FORMAT(created_at, '%Y-%m-%d %H:%i') FROM user_document "
               "WHERE user_id = ? ORDER BY id",
               user_id),
      db::as<Document>(&Document::id, &Document::image, &Document::created_at));
}

}  // namespace admin
