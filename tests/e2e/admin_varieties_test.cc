// /admin/varieties: the catalogue import on the admin page.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "sheet/xlsx.h"
#include "tests/support/http.h"
#include "tests/support/session.h"

using testenv::Http;

namespace {

std::string unique_name(const char* prefix) {
  return prefix + std::to_string(testenv::make_user("品种导入辅助", "") % 1000000);
}

long long count_variety(const std::string& name) {
  return db::local().query("SELECT COUNT(*) FROM variety WHERE name = ?", name).one().i64(0);
}

}  // namespace

TEST(AdminVarieties, CsvImportsGoodRowsReportsBadOnesByLineAndReRunsUpdate) {
  Http admin;
  auto csrf = testenv::login_as(admin, testenv::make_user("品种管理员", "admin"));
  std::string name = unique_name("测试参");
  std::string csv =
      "分类,品种,别名,规格,单位,产地\n"
      "1," +
      name +
      ",测试别名/另一别名,统货/选货,公斤,吉林\n"
      "99,,,,,\n";
  auto r = admin.post_multipart("/admin/varieties", {{"csrf_token", csrf}},
                                {{"file", "v.csv", "text/csv", csv}});
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("新增 1 个品种"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("第3行"), std::string::npos);
  EXPECT_EQ(count_variety(name), 1);

  auto again = admin.post_multipart("/admin/varieties", {{"csrf_token", csrf}},
                                    {{"file", "v.csv", "text/csv", csv}});
  EXPECT_NE(again.body.find("更新 1 个"), std::string::npos);
  EXPECT_EQ(count_variety(name), 1) << "a re-run updates, never duplicates";
}

TEST(AdminVarieties, XlsxIsRecognisedByItsBytes) {
  Http admin;
  auto csrf = testenv::login_as(admin, testenv::make_user("品种管理员", "admin"));
  std::string name = unique_name("表格芪");
  auto xlsx = sheet::write_sheet(
      {{"分类", "品种", "别名", "规格", "单位", "产地"}, {"1", name, "", "统货", "公斤", "甘肃"}});
  auto r = admin.post_multipart("/admin/varieties", {{"csrf_token", csrf}},
                                {{"file", "catalogue.csv", "text/csv", xlsx}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(count_variety(name), 1);
}

TEST(AdminVarieties, NonAdminGets403AndMissingFileIs400) {
  Http member;
  auto csrf = testenv::login_as(member, testenv::make_user("普通会员", ""));
  EXPECT_EQ(member.get("/admin/varieties").status, 403);
  Http admin;
  auto admin_csrf = testenv::login_as(admin, testenv::make_user("品种管理员", "admin"));
  auto r = admin.post_multipart("/admin/varieties", {{"csrf_token", admin_csrf}}, {});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("请选择要导入的"), std::string::npos);
}
