#include "auth/user.h"

#include <sstream>

namespace auth {

std::string User::display_name() const {
  if (!nickname.empty()) return nickname;
  if (!name.empty()) return name;
  return username;
}

const std::set<std::string>& known_roles() {
  static const std::set<std::string> r{"admin", "sales_manager", "sales", "teacher", "staff"};
  return r;
}

const char* member_type_name(int type) {
  static const char* names[] = {"",           "饮片厂",   "药厂",     "药材经营公司",
                                "个体经营户", "合作社",   "种植基地", "其他",
                                "个人经营",   "采购经理", "销售经理"};
  return type >= 1 && type <= 10 ? names[type] : "";
}

std::optional<User> find_user(db::Connection& db, long long id) {
  auto r = db.query(
      "SELECT u.id, u.phone, u.username, u.name, u.nickname, u.user_type, u.roles, u.verified,"
      " u.disabled, a.image FROM user u LEFT JOIN user_avatar a ON a.user_id = u.id"
      " WHERE u.id = ?",
      id);
  if (r.empty()) return std::nullopt;
  const auto& row = r.one();
  User u;
  u.id = row.i64(0);
  u.phone = row.str(1);
  u.username = row.str(2);
  u.name = row.str(3);
  u.nickname = row.str(4);
  u.user_type = static_cast<int>(row.i64(5));
  std::stringstream roles(row.str(6));
  for (std::string r; std::getline(roles, r, ',');)
    if (!r.empty()) u.roles.insert(r);
  u.verified = row.i64(7) != 0;
  u.disabled = row.i64(8) != 0;
  if (!row.null(9)) u.avatar = row.str(9);
  return u;
}

}  // namespace auth
