// The push engine's admin pages through nginx: statistics by week and the business path
// (Chart.js canvases over tables), the leads page with its imports (a row report, bad numbers
// by line, the convert button), admins only, every action logged.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

struct Admin {
  long long id;
  Http c;
  std::string csrf;
  Admin() : id(testenv::make_user("统计管理员", "admin")) { csrf = testenv::login_as(c, id); }
};

bool has(const std::string& body, const std::string& s) {
  return body.find(s) != std::string::npos;
}

}  // namespace

TEST(PushAdminPages, OnlyAdminsSeeThem) {
  Http member;
  std::string csrf = testenv::login_as(member, testenv::make_user("普通会员"));
  for (const char* url : {"/admin/stats", "/admin/stats/path", "/admin/leads", "/admin/push"})
    EXPECT_EQ(member.get(url).status, 403) << url;
  EXPECT_EQ(member.post("/admin/leads", {{"csrf_token", csrf}, {"action", "convert"}}).status, 403);
}

TEST(PushAdminPages, StatisticsByWeekAndBusinessPath) {
  Admin a;
  auto r = a.c.get("/admin/stats?month=2026-02");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "id=\"stats-volume\"")) << "the Chart.js canvas";
  EXPECT_TRUE(has(r.body, "/javascript/chart.js/chart.min.js"));
  EXPECT_TRUE(has(r.body, "第4周"));
  EXPECT_FALSE(has(r.body, "第5周")) << "February 2026 has 28 days";
  EXPECT_TRUE(has(a.c.get("/admin/stats?month=2026-03").body, "第5周"));
  EXPECT_EQ(a.c.get("/admin/stats?month=2026-13").status, 400);
  EXPECT_EQ(a.c.get("/admin/stats?month=x").status, 400);
  auto path = a.c.get("/admin/stats/path");
  EXPECT_EQ(path.status, 200);
  EXPECT_TRUE(has(path.body, "id=\"stats-path\""));
  EXPECT_TRUE(has(path.body, "点击"));
}

TEST(PushAdminPages, SupplierLeadImportReportsBadRowsAndIsLogged) {
  Admin a;
  std::string m = testenv::unique_phone();
  std::string csv = "手机,姓名,经营品种\n" + m + ",导入线索,黄芪、党参\nabc,坏号码,党参\n";
  auto r = a.c.post_multipart("/admin/leads", {{"csrf_token", a.csrf}, {"action", "supplier"}},
                              {{"file", "leads.csv", "text/csv", csv}});
  EXPECT_EQ(r.status, 200) << r.body.substr(0, 1000);
  EXPECT_TRUE(has(r.body, "新增 1")) << r.body.substr(0, 3000);
  EXPECT_TRUE(has(r.body, "第3行")) << "the bad number is reported with its line";
  EXPECT_EQ(
      db::local().query("SELECT COUNT(*) FROM supplier_lead WHERE mobile = ?", m).one().i64(0), 1);
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM admin_log WHERE admin_id = ? AND object_type = "
                       "'supplier_lead'",
                       a.id)
                .one()
                .i64(0),
            1);
  auto none =
      a.c.post_multipart("/admin/leads", {{"csrf_token", a.csrf}, {"action", "supplier"}}, {});
  EXPECT_EQ(none.status, 400);
}

TEST(PushAdminPages, BuyLeadsImportedThenConvertedToStandingOrders) {
  Admin a;
  std::string m = testenv::unique_phone();
  std::string csv = "手机,姓名,品种,数量\n" + m + ",外部买家,党参,2吨\n";
  auto r = a.c.post_multipart("/admin/leads", {{"csrf_token", a.csrf}, {"action", "buy"}},
                              {{"file", "buy.csv", "text/csv", csv}});
  EXPECT_EQ(r.status, 200);
  auto c = a.c.post("/admin/leads", {{"csrf_token", a.csrf}, {"action", "convert"}});
  EXPECT_EQ(c.status, 200);
  EXPECT_TRUE(has(c.body, "常年采购单"));
  auto row = db::local()
                 .query("SELECT state, COALESCE(order_id, 0) FROM buy_lead WHERE mobile = ?", m)
                 .one();
  EXPECT_EQ(row.str(0), "converted");
  EXPECT_EQ(a.c.get("/purchase/" + std::to_string(row.i64(1))).status, 200);
}

TEST(PushAdminPages, LeadListsShowFiftyAPageNewestFirstWithTheStateFilter) {
  Admin a;
  std::vector<std::string> buy, suppliers;
  for (int i = 0; i < 60; ++i) {
    buy.push_back(testenv::unique_phone());
    db::local().query(
        "INSERT INTO buy_lead (source, mobile, variety_text, lead_date) VALUES ('paging', ?, "
        "'党参', '2026-12-01')",
        buy.back());
  }
  for (int i = 0; i < 55; ++i) {
    suppliers.push_back(testenv::unique_phone());
    db::local().query("INSERT INTO supplier_lead (mobile, source) VALUES (?, 'paging')",
                      suppliers.back());
  }
  auto first = a.c.get("/admin/leads?state=staged");
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(has(first.body, buy[59])) << "newest first";
  EXPECT_TRUE(has(first.body, buy[10]));
  EXPECT_FALSE(has(first.body, buy[9])) << "the 51st newest is on the next page";
  EXPECT_TRUE(has(first.body, "href=\"/admin/leads?state=staged&amp;page=2\""));
  auto second = a.c.get("/admin/leads?state=staged&page=2");
  EXPECT_TRUE(has(second.body, buy[9]));
  EXPECT_TRUE(has(second.body, buy[0]));
  EXPECT_FALSE(has(second.body, buy[10]));
  EXPECT_FALSE(has(a.c.get("/admin/leads?state=converted").body, buy[59]))
      << "staged leads are not under 已转换";

  auto sup = a.c.get("/admin/leads?list=suppliers");
  EXPECT_TRUE(has(sup.body, suppliers[54]));
  EXPECT_FALSE(has(sup.body, suppliers[4]));
  EXPECT_FALSE(has(sup.body, buy[59])) << "one list at a time";
  EXPECT_TRUE(has(a.c.get("/admin/leads?list=suppliers&page=2").body, suppliers[4]));
}
