#include <algorithm>
#include <map>

#include "admin/admin.h"
#include "db/into.h"

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
    db::into(row, e.id, e.admin_id, e.admin_name, e.action, e.object_type, db::skip, e.detail,
             e.created_at);
    if (!row.null(5)) e.object_id = row.i64(5);
    out.push_back(e);
  }
  return out;
}

std::string action_name(const std::string& action) {
  static const std::map<std::string, std::string> names{{"verify", "认证身份真实"},
                                                        {"refuse_verification", "驳回身份认证"},
                                                        {"unverify", "取消身份认证"},
                                                        {"enable", "启用账号"},
                                                        {"disable", "停用账号"},
                                                        {"roles", "修改角色"},
                                                        {"user_type", "修改经营主体"},
                                                        {"document", "上传身份证明"},
                                                        {"update", "修改"},
                                                        {"import", "导入"},
                                                        {"convert", "转为采购单"},
                                                        {"notice", "发布系统通知"},
                                                        {"push_item", "推送"},
                                                        {"close", "关闭"},
                                                        {"create", "新建"},
                                                        {"delete", "删除"}};
  auto it = names.find(action);
  return it == names.end() ? action : it->second;
}

std::string object_name(const std::string& object_type) {
  static const std::map<std::string, std::string> names{{"user", "用户"},
                                                        {"settings", "网站设置"},
                                                        {"variety", "品种"},
                                                        {"buy_lead", "采购线索"},
                                                        {"supplier_lead", "供应商线索"},
                                                        {"notice", "系统通知"},
                                                        {"purchase_item", "采购品种"},
                                                        {"purchase", "采购单"},
                                                        {"partner", "入驻企业"},
                                                        {"banner", "横幅"}};
  auto it = names.find(object_type);
  return it == names.end() ? object_type : it->second;
}

}  // namespace admin
