#include "market/notification.h"

#include "session/user_card.h"

namespace market {

const char* notification_type_name(int type) {
  switch (type) {
    case 1: return "卖货消息";
    case 2: return "采购消息";
    case 3: return "成长任务";
    case 4: return "系统通知";
    default: return "";
  }
}

void notify(db::Connection& db, long long user_id, int type, const std::string& title,
            const std::string& body, const std::string& link, const std::string& now) {
  db.query(
      "INSERT INTO notification (user_id, type, title, body, link, created_at)"
      " VALUES (?,?,?,?,?,?)",
      user_id, type, title, body, link, now);
  session::user_changed(db, user_id);  // the unread badge
}

// A system notice is unseen by member u when it is for u's type, was posted after u joined,
// and is newer than the last one u was shown. The badge and the list's 未读 marks both use it;
// a macro, so each statement stays one compile-time constant (adjacent literals).
#define UNSEEN_NOTICE                                                    \
  " FROM notice n JOIN user u ON u.id = ? WHERE n.id > u.notice_seen_id" \
  " AND n.created_at > u.created_at AND (n.user_type IS NULL OR n.user_type = u.user_type)"

long long unread_count(db::Connection& db, long long user_id) {
  return db
      .query(
          "SELECT (SELECT COUNT(*) FROM notification WHERE user_id = ? AND"
          " is_read = 0) + (SELECT COUNT(*)" UNSEEN_NOTICE ")",
          user_id, user_id)
      .one()
      .i64(0);
}

std::set<long long> unseen_notices(db::Connection& db, long long user_id) {
  std::set<long long> out;
  for (const auto& row :
       db.query("SELECT n.id" UNSEEN_NOTICE " ORDER BY n.id DESC LIMIT 100", user_id).rows)
    out.insert(row.i64(0));
  return out;
}

void mark_notices_seen(db::Connection& db, long long user_id, long long notice_id) {
  if (db.query("UPDATE user SET notice_seen_id = ? WHERE id = ? AND notice_seen_id < ?", notice_id,
               user_id, notice_id)
          .affected > 0)
    session::user_changed(db, user_id);
}

std::vector<Notification> list_notifications(db::Connection& db, long long user_id, int limit,
                                             int offset) {
  auto r = db.query(
      "SELECT id, type, title, body, link, created_at, is_read FROM notification"
      " WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
      user_id, limit, offset);
  std::vector<Notification> out;
  for (const auto& row : r.rows)
    out.push_back({row.i64(0), static_cast<int>(row.i64(1)), row.str(2), row.str(3), row.str(4),
                   row.str(5), row.i64(6) != 0});
  return out;
}

void mark_read(db::Connection& db, long long user_id, long long max_id) {
  if (db.query("UPDATE notification SET is_read = 1 WHERE user_id = ? AND id <= ? AND is_read = 0",
               user_id, max_id)
          .affected > 0)
    session::user_changed(db, user_id);
}

}  // namespace market
