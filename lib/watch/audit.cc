#include "watch/audit.h"

#include <limits>

#include "auth/user.h"
#include "core/clock.h"
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
  std::vector<AuditEntry> out;
  for (const auto& r :
       db.query("SELECT a.id, a.user_id, a.circle_id, a.via, a.action, a.imei, a.detail,"
                " a.created_at, u.nickname, u.name, u.username FROM watch_audit a"
                " JOIN user u ON u.id = a.user_id"
                " WHERE (? = '' OR a.imei = ?) AND (? = '' OR a.via = ?) AND a.id < ?"
                " ORDER BY a.id DESC LIMIT ?",
                q.imei, q.imei, q.via, q.via,
                q.before > 0 ? q.before : std::numeric_limits<long long>::max(), q.limit)
           .rows) {
    auth::User who;
    who.nickname = r.str(8);
    who.name = r.str(9);
    who.username = r.str(10);
    out.push_back({r.i64(0), r.i64(1), r.i64(2), who.display_name(), r.str(3), r.str(4), r.str(5),
                   r.str(6), r.str(7)});
  }
  return out;
}

}  // namespace watch
