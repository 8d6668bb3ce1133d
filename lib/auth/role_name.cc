#include "auth/role_name.h"

namespace auth {

std::string role_name(const std::string& role) {
  if (role == "admin") return "管理员";
  if (role == "sales_manager") return "销售经理";
  if (role == "sales") return "课程顾问";
  if (role == "teacher") return "讲师/班主任";
  if (role == "staff") return "员工";
  return role;
}

}  // namespace auth
