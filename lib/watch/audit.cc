#include "watch/audit.h"

#include <limits>

#include "auth/user.h"
#include "core/clock.h"
#include "db/into.h"
#include "watch/clock.h"

namespace watch {

namespace {

// At most `max` UTF-8 code points of `s`, never cutting one in half.
std::string cut(const std::string& s, size_t max) {
  size_t points = 0, i = 0;
  for (; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && points++ == max) break;
  return s.substr(0, i);
}

}  // namespace

void audit(db::Connection& db, long long user, const std::string& via, const std::string& action,
           const std::string& imei, long long circle_id, const std::string& detail) {
  std::optional<std::string> device;
  if (!imei.empty()) device = imei;
  std::optional<long long> circle;
  if (circle_id) circle = circle_id;
  db.query(
      "INSERT INTO watch_audit (user_id, via, action, imei, circle_id, detail, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)",
      user, via, action, device, circle, cut(detail, 500), utc_sql(core::now()));
}

std::vector<AuditEntry> audit_log(db::Connection& db, const AuditQuery& q) {
  return db::all(db.query("SELECT a.id, a.user_id, a.circle_id, a.via, a.action, a.imei, a.detail,"
                          " a.created_at, u.nickname, u.name, u.username FROM watch_audit a"
                          " JOIN user u ON u.id = a.user_id"
                          " WHERE (? = '' OR a.imei = ?) AND (? = '' OR a.via = ?) AND a.id < ?"
                          " ORDER BY a.id DESC LIMIT ?",
                          q.imei, q.imei, q.via, q.via,
                          q.before > 0 ? q.before : std::numeric_limits<long long>::max(), q.limit),
                 [](const db::Row& r) {
                   AuditEntry e;
                   auth::User who;
                   db::into(r, e.id, e.user_id, e.circle_id, e.via, e.action, e.imei, e.detail,
                            e.created_at, who.nickname, who.name, who.username);
                   e.user_name = who.display_name();
                   return e;
                 });
}

}  // namespace watch
