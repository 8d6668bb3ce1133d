// /crm/customers/import through nginx: the template download, a wrong header and a bad row
// writing nothing, the dry run then the confirm writing every row, and the role check.
#include <gtest/gtest.h>

#include "crm/import.h"
#include "db/connection.h"
#include "sheet/xlsx.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"
#include "tests/support/xlsx.h"

using testenv::Http;

namespace {

const std::string kHeader =
    "姓名,性别,手机,QQ,微信,学历,学校,专业,工作经验,工作状态,公司,薪资,来源,介绍人,咨询课程,"
    "备注\r\n";

std::string row(const std::string& name, const std::string& phone) {
  return name + ",女," + phone + ",,,大专,,,,,,,公开课,,UI设计,\r\n";
}

long long with_phone(const std::vector<std::string>& phones) {
  long long n = 0;
  for (const auto& p : phones)
    n += db::local().query("SELECT COUNT(*) FROM crm_customer WHERE phone = ?", p).one().i64(0);
  return n;
}

testenv::HttpResponse upload(Http& c, const std::string& csrf, const std::string& csv,
                             bool dry_run) {
  testenv::Fields fields = {{"csrf_token", csrf}};
  if (dry_run) fields.push_back({"dry_run", "1"});
  return c.post_multipart("/crm/customers/import", fields, {{"file", "客户.csv", "text/csv", csv}});
}

}  // namespace

TEST(CrmImportE2e, TemplateHasTheExactHeaderWithABom) {
  Http c;
  testenv::login_as(c, testenv::make_user("导入经理", "sales_manager,staff"));
  auto r = c.get("/crm/customers/import/template.csv");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "\xEF\xBB\xBF" + kHeader);
  EXPECT_NE(r.header("content-type").find("text/csv"), std::string::npos);
  EXPECT_NE(r.header("content-disposition").find("attachment"), std::string::npos);
}

TEST(CrmImportE2e, WrongHeaderAndBadRowInsertNothing) {
  Http c;
  auto csrf = testenv::login_as(c, testenv::make_user("导入经理", "sales_manager,staff"));
  auto p1 = testenv::unique_phone(), p2 = testenv::unique_phone();
  auto wrong = upload(c, csrf, "姓名,手机\r\n" + row("甲", p1), false);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body.find("表头与导入模板不一致"), std::string::npos);
  std::string csv = kHeader;
  std::vector<std::string> phones;
  for (int r = 2; r <= 8; ++r) {
    phones.push_back(testenv::unique_phone());
    csv += r == 7 ? row("坏行", "999") : row("客户" + std::to_string(r), phones.back());
  }
  auto bad = upload(c, csrf, csv, false);
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("第7行 手机："), std::string::npos);
  EXPECT_EQ(with_phone(phones) + with_phone({p1, p2}), 0);
}

TEST(CrmImportE2e, DryRunShowsAssigneesThenConfirmWritesEveryRow) {
  Http c;
  auto csrf = testenv::login_as(c, testenv::make_user("导入经理", "sales_manager,staff"));
  std::vector<std::string> phones;
  std::string csv = "\xEF\xBB\xBF" + kHeader;
  for (int i = 0; i < 3; ++i) {
    phones.push_back(testenv::unique_phone());
    csv += row("预览" + std::to_string(i), phones.back());
  }
  auto preview = upload(c, csrf, csv, true);
  ASSERT_EQ(preview.status, 200);
  EXPECT_NE(preview.body.find("将分配给"), std::string::npos);
  EXPECT_EQ(with_phone(phones), 0);
  auto at = preview.body.find("name=\"token\" value=\"");
  ASSERT_NE(at, std::string::npos);
  auto token = preview.body.substr(at + 20, 32);
  auto done = c.post("/crm/customers/import", {{"csrf_token", csrf}, {"token", token}});
  EXPECT_EQ(done.status, 200);
  EXPECT_NE(done.body.find("导入完成"), std::string::npos);
  EXPECT_EQ(with_phone(phones), 3);
  auto again = c.post("/crm/customers/import", {{"csrf_token", csrf}, {"token", token}});
  EXPECT_EQ(again.status, 400);  // the token is spent: no second import
  EXPECT_EQ(with_phone(phones), 3);
}

TEST(CrmImportE2e, SalesConsultantGets403) {
  Http c;
  auto csrf = testenv::login_as(c, testenv::make_user("普通顾问", "sales,staff"));
  EXPECT_EQ(c.get("/crm/customers/import").status, 403);
  EXPECT_EQ(upload(c, csrf, kHeader + row("甲", testenv::unique_phone()), false).status, 403);
}

TEST(CrmImportE2e, XlsxUploadImportsAndAZipThatIsNoWorkbookIs400) {
  Http c;
  auto csrf = testenv::login_as(c, testenv::make_user("导入经理", "sales_manager,staff"));
  auto t = c.get("/crm/customers/import/template.xlsx");
  ASSERT_EQ(t.status, 200);
  EXPECT_NE(t.header("content-type").find("spreadsheetml"), std::string::npos);
  EXPECT_EQ(sheet::read_first_sheet(t.body, 10, 20).at(0).cells, crm::import_header());

  std::vector<std::vector<std::string>> table = {crm::import_header()};
  std::vector<std::string> phones;
  for (int i = 0; i < 2; ++i) {
    phones.push_back(testenv::unique_phone());
    table.push_back({"表格" + std::to_string(i), "女", phones.back(), "", "", "大专", "", "", "",
                     "", "", "", "公开课", "", "UI设计", ""});
  }
  // Named .csv on purpose: the content decides, not the name.
  auto x = testenv::xlsx_table(table);
  auto preview = c.post_multipart("/crm/customers/import", {{"csrf_token", csrf}, {"dry_run", "1"}},
                                  {{"file", "客户.csv", "application/octet-stream", x}});
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_EQ(with_phone(phones), 0);
  auto at = preview.body.find("name=\"token\" value=\"");
  ASSERT_NE(at, std::string::npos);
  auto done = c.post("/crm/customers/import",
                     {{"csrf_token", csrf}, {"token", preview.body.substr(at + 20, 32)}});
  EXPECT_EQ(done.status, 200);
  EXPECT_EQ(with_phone(phones), 2);

  auto zip = testenv::zip_of({{"notes.txt", "不是表格"}});
  auto bad = c.post_multipart("/crm/customers/import", {{"csrf_token", csrf}},
                              {{"file", "客户.xlsx", "application/zip", zip}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find(".xlsx"), std::string::npos);
}
