#include "tests/support/stack.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>

#include "auth/account.h"
#include "core/config.h"
#include "db/migration.h"

namespace testenv {

std::unique_ptr<db::Connection> DbTest::conn_;

std::string var_dir() {
  const char* v = std::getenv("YAOCAI_TEST_VAR");
  return v ? v : "var/test";
}

std::string base_url() {
  std::ifstream in(var_dir() + "/port");
  int port = 0;
  in >> port;
  return "http://127.0.0.1:" + std::to_string(port);
}

bool stack(const std::string& command) {
  std::string cmd = "bin/stack --var '" + var_dir() + "' " + command + " >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

std::string unique_phone() {
  static std::atomic<long> counter{static_cast<long>(std::random_device{}() % 900000000)};
  long n = counter++ % 1000000000;
  char buf[16];
  std::snprintf(buf, sizeof buf, "13%09ld", n);
  return buf;
}

void DbTest::SetUpTestSuite() {
  std::string suite = testing::UnitTest::GetInstance()->current_test_suite()->name();
  std::string name = "t_" + suite;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  auto admin_settings = db::Settings::from_config();
  {
    db::Connection admin(admin_settings);
    admin.run_script("DROP DATABASE IF EXISTS " + name + "; CREATE DATABASE " + name +
                     " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }
  auto s = admin_settings;
  s.name = name;
  conn_ = std::make_unique<db::Connection>(s);
  db::migrate(*conn_, "schema");
}

void DbTest::TearDownTestSuite() { conn_.reset(); }

db::Connection& DbTest::db() { return *conn_; }

long long DbTest::account(const std::string& name, const std::string& roles) {
  auth::NewAccount a;
  a.phone = unique_phone();
  a.password = "secret123";
  a.name = name;
  a.roles = roles;
  return auth::create_account(db(), a);
}

void DbTest::clear_crm() {
  for (const char* t : {"crm_cooldown", "crm_assignment_log", "crm_distribution", "crm_follow_up",
                        "crm_customer_course", "crm_customer", "crm_sales_weight"})
    db().exec(std::string("DELETE FROM ") + t);
  db().exec("UPDATE crm_assign_cursor SET position = 0");
}

}  // namespace testenv
