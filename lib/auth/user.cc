#include "auth/user.h"

#include <sstream>

#include "db/into.h"

namespace auth {

std::string User::display_name() const {
  if (!nickname.empty()) return nickname;
  if (!name.empty()) return name;
  return username;
}

namespace {

bool has_any(const User& u, std::initializer_list<const char*> roles) {
  for (const char* r : roles)
    if (u.has_role(r)) return true;
  return false;
}

}  // namespace

bool User::is_staff() const { return is_admin() || has_any(*this, kStaffRoles); }

bool User::works_in_crm() const { return is_admin() || has_any(*this, kCrmRoles); }

bool User::works_in_admin() const {
  return is_admin() || has_role("support") || has_role("content");
}

const std::set<std::string>& known_roles() {
  static const std::set<std::string> r(kRoles.begin(), kRoles.end());
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
  db::into(row, u.id, u.phone, u.username, u.name, u.nickname, u.user_type, db::skip, u.verified,
           u.disabled, u.avatar);
  std::stringstream roles(row.str(6));
  for (std::string role; std::getline(roles, role, ',');)
    if (!role.empty()) u.roles.insert(role);
  return u;
}

namespace {

std::string join_roles(const std::set<std::string>& roles) {
  std::string out;
  for (const auto& r : roles) out += (out.empty() ? "" : ",") + r;
  return out;
}

}  // namespace

void user_to_card(const User& u, std::map<std::string, std::string>& card) {
  card["u.id"] = std::to_string(u.id);
  card["u.phone"] = u.phone;
  card["u.username"] = u.username;
  card["u.name"] = u.name;
  card["u.nickname"] = u.nickname;
  card["u.type"] = std::to_string(u.user_type);
  card["u.roles"] = join_roles(u.roles);
  card["u.verified"] = u.verified ? "1" : "0";
  card["u.disabled"] = u.disabled ? "1" : "0";
  card["u.avatar"] = u.avatar;
}

std::optional<User> user_from_card(const std::map<std::string, std::string>& card) {
  auto get = [&](const char* k) -> const std::string* {
    auto it = card.find(k);
    return it == card.end() ? nullptr : &it->second;
  };
  const std::string* id = get("u.id");
  if (!id) return std::nullopt;
  for (const char* k : {"u.phone", "u.username", "u.name", "u.nickname", "u.type", "u.roles",
                        "u.verified", "u.disabled", "u.avatar"})
    if (!get(k)) return std::nullopt;
  User u;
  try {
    u.id = std::stoll(*id);
    u.user_type = std::stoi(*get("u.type"));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  u.phone = *get("u.phone");
  u.username = *get("u.username");
  u.name = *get("u.name");
  u.nickname = *get("u.nickname");
  std::stringstream roles(*get("u.roles"));
  for (std::string r; std::getline(roles, r, ',');)
    if (!r.empty()) u.roles.insert(r);
  u.verified = *get("u.verified") == "1";
  u.disabled = *get("u.disabled") == "1";
  u.avatar = *get("u.avatar");
  return u;
}

}  // namespace auth
