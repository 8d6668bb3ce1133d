// lib/crm/import against a real MariaDB: the exact header, row-numbered problems with nothing
// written, the dry run, and a good file assigned row by row along the weighted sequence.
#include <gtest/gtest.h>

#include "auth/account.h"
#include "core/error.h"
#include "crm/assignment.h"
#include "crm/import.h"
#include "tests/support/stack.h"
#include "tests/support/xlsx.h"

namespace {

const std::string T = "2024-06-20";
const std::string kHeader =
    "姓名,性别,手机,QQ,微信,学历,学校,专业,工作经验,工作状态,公司,薪资,来源,介绍人,咨询课程,"
    "备注\r\n";

class CrmImport : public testenv::DbTest {
 protected:
  void SetUp() override {
    for (const char* t : {"crm_cooldown", "crm_assignment_log", "crm_distribution", "crm_follow_up",
                          "crm_customer_course", "crm_customer", "crm_sales_weight"})
      db().exec(std::string("DELETE FROM ") + t);
    db().exec("UPDATE crm_assign_cursor SET position = 0");
  }
  long long consultant(const std::string& name, int shares, int weight) {
    auth::NewAccount a;
    a.phone = testenv::unique_phone();
    a.password = "secret123";
    a.name = name;
    a.roles = "sales,staff";
    auto id = auth::create_account(db(), a);
    crm::save_share(db(), id, shares, weight, true);
    return id;
  }
  // A valid data line with a fresh phone.
  static std::string line(const std::string& name) {
    return name + ",男," + testenv::unique_phone() +
           ",,,本科,某大学,计算机,,在校,,,官方网站,,Java、Python,\r\n";
  }
  // The same data line as table cells, for an .xlsx sheet.
  static std::vector<std::string> cells(const std::string& name, const std::string& phone) {
    return {name, "男",   phone, "", "",         "本科", "某大学",       "计算机",
            "",   "在校", "",    "", "官方网站", "",     "Java、Python", ""};
  }
  long long customers() { return db().query("SELECT COUNT(*) FROM crm_customer").one().i64(0); }
  crm::Policy policy;
};

}  // namespace

TEST_F(CrmImport, TemplateIsTheHeaderWithABom) {
  EXPECT_EQ(crm::import_template(), "\xEF\xBB\xBF" + kHeader);
}

TEST_F(CrmImport, WrongHeaderInsertsNothing) {
  std::string csv = "姓名,电话,来源\r\n张三,13800000000,官方网站\r\n";
  try {
    crm::read_import(db(), csv);
    FAIL() << "a wrong header was accepted";
  } catch (const web::BadRequest& e) {
    EXPECT_NE(std::string(e.what()).find("表头"), std::string::npos);
    EXPECT_EQ(e.field, "file");
  }
  EXPECT_EQ(customers(), 0);
}

TEST_F(CrmImport, BadRowSevenIsReportedAsRowSevenAndNothingIsInserted) {
  consultant("甲", 1, 1);
  std::string csv = "\xEF\xBB\xBF" + kHeader;
  for (int row = 2; row <= 10; ++row) {
    if (row == 7)
      csv += "坏行,男,12345,,,本科,,,,,,,官方网站,,Java,\r\n";
    else
      csv += line("客户" + std::to_string(row));
  }
  auto file = crm::read_import(db(), csv);
  ASSERT_EQ(file.problems.size(), 1u);
  EXPECT_EQ(file.problems[0].row, 7);
  EXPECT_EQ(file.problems[0].column, "手机");
  EXPECT_EQ(file.problems[0].text().rfind("第7行 手机：", 0), 0u) << file.problems[0].text();
  EXPECT_THROW(crm::import_customers(db(), policy, file, T, 0), web::BadRequest);
  EXPECT_EQ(customers(), 0);
}

TEST_F(CrmImport, QuotedFieldsWithLineBreaksKeepTheSpreadsheetRowNumbers) {
  std::string csv = kHeader + "\"张,三\",女,,123456,,,,,,,,,官方网站,,,\"备注\n两行\"\r\n" +
                    "李四,未知,,234567,,,,,,,,,无此来源,,,\r\n";
  auto file = crm::read_import(db(), csv);
  ASSERT_EQ(file.rows.size(), 1u);
  EXPECT_EQ(file.rows[0].customer.name, "张,三");
  EXPECT_EQ(file.rows[0].customer.note, "备注\n两行");
  ASSERT_EQ(file.problems.size(), 1u);
  EXPECT_EQ(file.problems[0].row, 4);
  EXPECT_EQ(file.problems[0].column, "来源");
}

TEST_F(CrmImport, ContactsRepeatedInTheFileOrAlreadyKnownAreProblems) {
  auto known = testenv::unique_phone();
  crm::Customer c;
  c.name = "老客户";
  c.phone = known;
  c.source = "口碑";
  crm::insert(db(), c, 0, T, 0);
  auto twice = testenv::unique_phone();
  std::string csv = kHeader + "甲,," + twice + ",,,,,,,,,,官方网站,,,\r\n" + "乙,," + twice +
                    ",,,,,,,,,,官方网站,,,\r\n" + "丙,," + known + ",,,,,,,,,,官方网站,,,\r\n";
  auto file = crm::read_import(db(), csv);
  ASSERT_EQ(file.problems.size(), 2u);
  EXPECT_EQ(file.problems[0].text(), "第3行 手机：与第2行重复");
  EXPECT_EQ(file.problems[1].row, 4);
  EXPECT_EQ(customers(), 1);
}

TEST_F(CrmImport, DryRunPlansTheSequenceAndWritesNothing) {
  auto a = consultant("甲", 3, 1), b = consultant("乙", 2, 2), c = consultant("丙", 1, 3);
  auto turns = crm::plan(db(), policy, T, 7);
  std::vector<long long> who;
  for (const auto& t : turns) who.push_back(t.consultant_id);
  EXPECT_EQ(who, (std::vector<long long>{c, b, a, b, a, a, c}));
  EXPECT_EQ(customers(), 0);
  EXPECT_EQ(db().query("SELECT position FROM crm_assign_cursor").one().i64(0), 0);
}

TEST_F(CrmImport, GoodFileInsertsAllAlongTheAssignmentSequence) {
  auto a = consultant("甲", 3, 1), b = consultant("乙", 2, 2), c = consultant("丙", 1, 3);
  std::string csv = "\xEF\xBB\xBF" + kHeader;
  for (int i = 0; i < 7; ++i) csv += line("导入" + std::to_string(i));
  auto file = crm::read_import(db(), csv);
  ASSERT_TRUE(file.problems.empty());
  auto planned = crm::plan(db(), policy, T, 7);
  auto rows = crm::import_customers(db(), policy, file, T, 0);
  ASSERT_EQ(rows.size(), 7u);
  std::vector<long long> who;
  for (size_t i = 0; i < rows.size(); ++i) {
    who.push_back(rows[i].assignment.consultant_id);
    EXPECT_EQ(rows[i].assignment.consultant_id, planned[i].consultant_id);
    EXPECT_EQ(rows[i].row, static_cast<int>(i) + 2);
  }
  EXPECT_EQ(who, (std::vector<long long>{c, b, a, b, a, a, c}));
  EXPECT_EQ(customers(), 7);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM crm_customer_course").one().i64(0), 14);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM crm_assignment_log").one().i64(0), 7);
  EXPECT_EQ(db().query("SELECT position FROM crm_assign_cursor").one().i64(0), 7);
}

TEST_F(CrmImport, AContactEnteredMeanwhileRollsBackEveryRowAndTheCursor) {
  consultant("甲", 1, 1);
  std::string csv = kHeader + line("一") + line("二");
  auto file = crm::read_import(db(), csv);
  ASSERT_TRUE(file.problems.empty());
  crm::insert(db(), file.rows[1].customer, 0, T, 0);  // someone entered row 3 meanwhile
  try {
    crm::import_customers(db(), policy, file, T, 0);
    FAIL() << "the duplicate was written";
  } catch (const web::Conflict& e) {
    EXPECT_EQ(std::string(e.what()).rfind("第3行", 0), 0u) << e.what();
  }
  EXPECT_EQ(customers(), 1);
  EXPECT_EQ(db().query("SELECT position FROM crm_assign_cursor").one().i64(0), 0);
}

TEST_F(CrmImport, XlsxGoodFileImportsEveryRow) {
  auto a = consultant("甲", 1, 1);
  std::vector<std::vector<std::string>> t = {crm::import_header()};
  for (int i = 0; i < 3; ++i)
    t.push_back(cells("表格" + std::to_string(i), testenv::unique_phone()));
  auto file = crm::read_import(db(), testenv::xlsx_table(t));
  ASSERT_TRUE(file.problems.empty()) << file.problems[0].text();
  ASSERT_EQ(file.rows.size(), 3u);
  EXPECT_EQ(file.rows[2].row, 4);
  EXPECT_EQ(file.rows[0].customer.courses, (std::vector<std::string>{"Java", "Python"}));
  auto rows = crm::import_customers(db(), policy, file, T, 0);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].assignment.consultant_id, a);
  EXPECT_EQ(customers(), 3);
}

TEST_F(CrmImport, XlsxBadRowSevenIsReportedAsRowSevenAndNothingIsInserted) {
  consultant("甲", 1, 1);
  // Rows by reference with an empty spreadsheet row 5 left out entirely, as Excel does.
  std::vector<std::vector<std::string>> t = {crm::import_header()};
  for (int row = 2; row <= 9; ++row) {
    if (row == 5)
      t.push_back({});
    else if (row == 7)
      t.push_back(cells("坏行", "12345"));
    else
      t.push_back(cells("客户" + std::to_string(row), testenv::unique_phone()));
  }
  auto file = crm::read_import(db(), testenv::xlsx_table(t));
  ASSERT_EQ(file.problems.size(), 1u);
  EXPECT_EQ(file.problems[0].text().rfind("第7行 手机：", 0), 0u) << file.problems[0].text();
  EXPECT_EQ(file.rows.back().row, 9);
  EXPECT_THROW(crm::import_customers(db(), policy, file, T, 0), web::BadRequest);
  EXPECT_EQ(customers(), 0);
}

TEST_F(CrmImport, XlsxWrongHeaderInsertsNothing) {
  auto x = testenv::xlsx_table(
      {{"姓名", "电话", "来源"}, {"张三", testenv::unique_phone(), "官方网站"}});
  try {
    crm::read_import(db(), x);
    FAIL() << "a wrong header was accepted";
  } catch (const web::BadRequest& e) {
    EXPECT_NE(std::string(e.what()).find("表头"), std::string::npos);
  }
  EXPECT_EQ(customers(), 0);
}
