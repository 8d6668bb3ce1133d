#include <algorithm>

#include "admin/admin.h"

namespace admin {

void log(db::Connection& db, long long admin_id, const std::string& action,
         const std::string& object_type, std::optional<long long> object_id,
         const std::string& detail) {
  // At most 480 bytes, cut at a character boundary (the column holds 500 characters).
  size_t cut = std::min<size_t>(detail.size(), 480);
  while (cut < detail.size() && cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80)
    --cut;
  std::string d = detail.substr(0, cut);
  db.query(
      "INSERT INTO admin_log (admin_id, action, object_type, object_id, detail) "
      "VALUES (?, ?, ?, ?, ?)",
      admin_id, action, object_type, object_id, d);
}

std::vector<LogEntry> recent_log(db::Connection& db, const std::string& object_type,
                                 std::optional<long long> object_id, int limit, int offset) {
  auto r = db.query(
      "SELECT l.id, l.admin_id, COALESCE(NULLIF(u.nickname, ''), NULLIF(u.name, ''), u.phone, "
      "u.username), l.action, l.object_type, l.object_id, l.detail, "
      "DATE_FORMAT(l.created_at, '%Y-%m-%d %H:%i:%s') FROM admin_log l "
      "JOIN user u ON u.id = l.admin_id "
      "WHERE (? = '' OR l.object_type = ?) AND (? IS NULL OR l.object_id = ?) "
      "ORDER BY l.id DESC LIMIT ? OFFSET ?",
      object_type, object_type, object_id, object_id, limit, offset);
  std::vector<LogEntry> out;
  for (const auto& row : r.rows) {
    LogEntry e;
    e.id = row.i64(0);
    e.admin_id = row.i64(1);
    e.admin_name = row.str(2);
    e.action = row.str(3);
    e.object_type = row.str(4);
    if (!row.null(5)) e.object_id = row.i64(5);
    e.detail = row.str(6);
    e.created_at = row.str(7);
    out.push_back(e);
  }
  return out;
}

}  // namespace admin
