// A role as people say it, for pages that list or edit roles (admin users, CRM staff).
#pragma once
#include <string>

namespace auth {

// 管理员, 销售经理, 课程顾问, 讲师/班主任, 员工; the code itself for a role this list does not
// know yet.
std::string role_name(const std::string& role);

}  // namespace auth
