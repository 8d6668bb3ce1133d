#include "admin/admin.h"
#include "core/error.h"
#include "core/text.h"
#include "db/transact.h"
#include "session/user_card.h"

namespace admin {
namespace {

std::vector<Notice> read(const db::Result& r) {
  std::vector<Notice> out;
  for (const auto& row : r.rows) {
    Notice n;
    n.id = row.i64(0);
    n.title = row.str(1);
    n.body = row.str(2);
    if (!row.null(3)) n.user_type = int(row.i64(3));
    n.created_at = row.str(4);
    n.admin_name = row.str(5);
    out.push_back(std::move(n));
  }
  return out;
}

// Glued to each query at compile time (adjacent literals): every statement is one constant.
#define NOTICE_SELECT                                                                        \
  "SELECT n.id, n.title, n.body, n.user_type, DATE_FORMAT(n.created_at, '%Y-%m-%d %H:%i'), " \
  "COALESCE(NULLIF(u.nickname, ''), NULLIF(u.name, ''), u.phone, u.username) "               \
  "FROM notice n JOIN user u ON u.id = n.admin_id "

}  // namespace

long long publish_notice(db::Connection& db, const auth::User& admin, const std::string& title,
                         const std::string& body, std::optional<int> user_type) {
  if (title.empty()) throw core::BadRequest("请填写通知标题", "title");
  if (core::char_count(title) > 100) throw core::BadRequest("标题不能超过 100 个字", "title");
  if (body.empty()) throw core::BadRequest("请填写通知内容", "body");
  if (core::char_count(body) > 5000) throw core::BadRequest("内容不能超过 5000 个字", "body");
  if (user_type && (*user_type < 1 || *user_type > 10))
    throw core::BadRequest("请选择发送对象", "audience");
  return db::transact(db, [&](db::Transaction& tx) -> long long {
    long long id = (long long)db
                       .query(
                           "INSERT INTO notice (title, body, user_type, admin_id) "
                           "VALUES (?, ?, ?, ?)",
                           title, body, user_type, admin.id)
                       .insert_id;
    session::user_changed(db, 0);  // every member's unread badge
    log(db, admin.id, "notice", "notice", id,
        title + (user_type ? std::string(" → ") + auth::member_type_name(*user_type) : " → 全部"));
    tx.commit();
    return id;
  });
}

std::vector<Notice> notices(db::Connection& db, int limit) {
  return read(db.query(NOTICE_SELECT "ORDER BY n.id DESC LIMIT ?", limit));
}

std::vector<Notice> notices_for(db::Connection& db, int user_type, int limit) {
  return read(db.query(NOTICE_SELECT
                       "WHERE n.user_type IS NULL OR n.user_type = ? ORDER BY n.id DESC LIMIT ?",
                       user_type, limit));
}

}  // namespace admin
