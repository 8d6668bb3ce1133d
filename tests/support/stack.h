// What tests need of the private test stack that tests/run.sh starts: its runtime directory,
// its nginx URL, a fresh database per suite, and control over its MariaDB.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "db/connection.h"

namespace testenv {

// The test stack's runtime directory ($YAOCAI_TEST_VAR).
std::string var_dir();
// http://127.0.0.1:<port> of the test stack's nginx.
std::string base_url();
// Runs `bin/stack --var <var> <command>`; true on success.
bool stack(const std::string& command);
// A phone number no other test uses (13 + 9 digits from a per-run counter).
std::string unique_phone();

// Integration suites: each suite gets its own database (t_<suite>), migrated from schema/.
class DbTest : public testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  static db::Connection& db();
  // An account in this suite's database (unique phone, password "secret123").
  static long long account(const std::string& name, const std::string& roles = "");
  // Empties the CRM's tables and puts the assignment cursor back to the start.
  static void clear_crm();

 private:
  static std::unique_ptr<db::Connection> conn_;
};

}  // namespace testenv
