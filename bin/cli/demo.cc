#include <iostream>

#include "auth/account.h"
#include "bin/cli/command.h"

namespace cli {

namespace {
struct DemoUser {
  const char* phone;
  const char* username;
  const char* name;
  const char* roles;
  const char* what;
};
// Every demo account's password is "demo1234".
const DemoUser kDemoUsers[] = {
    {"13800000001", "buyer", "亳州康源饮片厂", "", "采购商"},
    {"13800000002", "supplier", "安国药材经营部", "", "供应商"},
    {"13800000003", "admin", "管理员", "admin,staff", "管理员"},
    {"13800000004", "sales", "王顾问", "sales,staff", "课程顾问"},
    {"13800000005", "manager", "李经理", "sales_manager,staff", "销售经理"},
    {"13800000006", "teacher", "张老师", "teacher,staff", "讲师"},
    {"13800000007", "support", "客服小周", "support", "手表客服"},
    {"13800000008", "content", "内容编辑", "content", "故事编辑"},
};
}  // namespace

void demo_account(const std::string& phone, const std::string& username, const std::string& name,
                  const std::string& roles, int user_type) {
  auto& db = db::local();
  if (!db.query("SELECT id FROM user WHERE phone = ? OR username = ?", phone, username).empty())
    return;
  auth::NewAccount a;
  a.phone = phone;
  a.username = username;
  a.password = "demo1234";
  a.name = name;
  a.roles = roles;
  a.user_type = user_type;
  auth::create_account(db, a);
}

void demo_accounts() {
  for (const auto& u : kDemoUsers) demo_account(u.phone, u.username, u.name, u.roles);
}

int demo(const Args& args) {
  demo_accounts();
  demo_booking();
  demo_crm();
  demo_market();
  demo_watch();
  demo_push();
  for (const auto& a : args) {
    if (a == "--bench-booking") demo_booking_bench();
    if (a == "--large") demo_market_large();
  }
  std::cout << "Demo logins (password demo1234 for all):\n";
  for (const auto& u : kDemoUsers)
    std::cout << "  " << u.what << "\t" << u.username << " / " << u.phone << "\n";
  print_watch_demo();
  return 0;
}

}  // namespace cli
