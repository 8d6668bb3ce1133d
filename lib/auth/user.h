// The one user table: marketplace members and staff alike.
#pragma once
#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "db/connection.h"

namespace auth {

struct User {
  long long id = 0;
  std::string phone, username, name, nickname;
  int user_type = 7;
  std::set<std::string> roles;
  bool verified = false, disabled = false;
  std::string avatar;  // image hash of the avatar (user_avatar), "" when none

  bool has_role(const std::string& r) const { return roles.count(r) > 0; }
  bool is_admin() const { return has_role("admin"); }
  // Works for the school (books meeting rooms): admin or any staff role.
  bool is_staff() const;
  // Works in the CRM: admin, consultants, their managers and teachers.
  bool works_in_crm() const;
  // What the header and other users see: nickname, else name, else username.
  std::string display_name() const;
  // Opens some page of the back office: admin, or a role with its own admin pages.
  bool works_in_admin() const;
};

// The roles staff accounts may carry (spec §0, §5), in the order the admin's user form lists
// them. support: the family-watch service's watches and circles (read, commands); content: its
// stories.
inline constexpr std::array<const char*, 7> kRoles{"admin", "sales_manager", "sales",  "teacher",
                                                   "staff", "support",       "content"};
// The roles besides admin that make an account staff (User::is_staff).
inline constexpr std::initializer_list<const char*> kStaffRoles{"staff", "sales", "sales_manager",
                                                                "teacher"};
// The roles that work in the CRM (User::works_in_crm), admin aside.
inline constexpr std::initializer_list<const char*> kCrmRoles{"sales", "sales_manager", "teacher"};
const std::set<std::string>& known_roles();
// The member types 1..10 (经营主体) by number.
const char* member_type_name(int type);

std::optional<User> find_user(db::Connection& db, long long id);

// A user as fields of their card (session/user_card.h), and back: nullopt when `card` holds
// no user.
void user_to_card(const User& u, std::map<std::string, std::string>& card);
std::optional<User> user_from_card(const std::map<std::string, std::string>& card);

}  // namespace auth
