// Everyday CRM (issue 17) through nginx: editing a customer (the contact unique keys decide,
// every edit logged), a manager handing a customer to another consultant (logged in the
// distribution history), search and filters, the export, and the next follow-up date that
// puts a customer on 今日待跟进.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "crm/customer.h"
#include "db/connection.h"
#include "sheet/xlsx.h"
#include "tests/support/http.h"
#include "tests/support/member.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::member;

namespace {

long long customer(const std::string& name, long long holder, const std::string& phone) {
  crm::Customer c;
  c.name = name;
  c.phone = phone;
  c.source = "口碑";
  return crm::insert(db::local(), c, holder, core::today(), 0);
}

long long one(const std::string& sql, long long id) {
  return db::local().query(sql, id).one().i64(0);
}

std::string page(long long id, const std::string& tail = "") {
  return "/crm/customers/" + std::to_string(id) + tail;
}

bool has(const std::string& body, const std::string& s) {
  return body.find(s) != std::string::npos;
}

}  // namespace

TEST(CrmEdit, TheHolderEditsWithTheSameUniquenessChecksAndEveryEditIsLogged) {
  auto sales = member("修改顾问", "sales,staff");
  std::string taken = testenv::unique_phone();
  customer("已有客户", 0, taken);
  long long id = customer("待修改客户", sales.id, testenv::unique_phone());
  auto form = sales.c().get(page(id, "/edit"));
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "value=\"待修改客户\""));

  std::vector<std::pair<std::string, std::string>> fields{
      {"csrf_token", sales.csrf}, {"name", "改名客户"}, {"phone", taken},
      {"source", "口碑"},         {"intention", "A"},   {"tags", "在职，周末班 在职"}};
  auto dup = sales.c().post(page(id, "/edit"), fields);
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(has(dup.body, "该手机号的客户已存在"));
  EXPECT_TRUE(has(dup.body, "value=\"改名客户\"")) << "what was typed is kept";
  EXPECT_EQ(one("SELECT COUNT(*) FROM crm_customer_change WHERE customer_id = ?", id), 0);

  fields[2].second = testenv::unique_phone();
  auto ok = sales.c().post(page(id, "/edit"), fields);
  ASSERT_EQ(ok.status, 303) << ok.body.substr(0, 500);
  auto c = crm::find(db::local(), id);
  EXPECT_EQ(c->name, "改名客户");
  EXPECT_EQ(c->intention, "A");
  EXPECT_EQ(c->tags, "在职、周末班");
  auto shown = sales.c().get(page(id)).body;
  EXPECT_TRUE(has(shown, "修改记录"));
  EXPECT_TRUE(has(shown, "姓名：待修改客户 → 改名客户"));
  // Another consultant may not edit a private customer that is not theirs.
  auto other = member("旁观顾问", "sales,staff");
  EXPECT_EQ(other.c().post(page(id, "/edit"), {{"csrf_token", other.csrf}, {"name", "x"}}).status,
            403);
}

TEST(CrmReassign, AManagerHandsACustomerOverAndTheHistorySaysSo) {
  auto manager = member("转移经理", "sales_manager,staff");
  auto a = member("原顾问", "sales,staff");
  auto b = member("新顾问", "sales,staff");
  long long id = customer("被转移客户", 0, testenv::unique_phone());
  ASSERT_EQ(a.c().post(page(id, "/grab"), {{"csrf_token", a.csrf}}).status, 303);
  // A consultant cannot reassign.
  EXPECT_EQ(a.c()
                .post(page(id, "/assign"),
                      {{"csrf_token", a.csrf}, {"consultant_id", std::to_string(b.id)}})
                .status,
            403);
  auto r = manager.c().post(
      page(id, "/assign"), {{"csrf_token", manager.csrf}, {"consultant_id", std::to_string(b.id)}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(one("SELECT consultant_id FROM crm_customer WHERE id = ?", id), b.id);
  EXPECT_EQ(
      one("SELECT status FROM crm_distribution WHERE customer_id = ? ORDER BY id LIMIT 1", id), 5);
  auto rows = db::local().query(
      "SELECT consultant_id, how, status FROM crm_distribution WHERE customer_id = ? ORDER BY id",
      id);
  ASSERT_EQ(rows.rows.size(), 2u);
  EXPECT_EQ(rows.rows[1].i64(0), b.id);
  EXPECT_EQ(rows.rows[1].str(1), "reassign");
  EXPECT_EQ(rows.rows[1].i64(2), 1);
  EXPECT_TRUE(has(a.c().get("/crm/customers/mine").body, "已转出"));
  EXPECT_TRUE(has(b.c().get("/crm/customers/mine").body, "转入"));
  EXPECT_EQ(one("SELECT COUNT(*) FROM crm_assignment_log WHERE customer_id = ? AND reason LIKE"
                " '%转给%'",
                id),
            1);
  EXPECT_EQ(a.c().get(page(id)).status, 403) << "the previous holder lost access";
  // Not to someone who is not a consultant.
  EXPECT_EQ(manager.c()
                .post(page(id, "/assign"),
                      {{"csrf_token", manager.csrf}, {"consultant_id", std::to_string(manager.id)}})
                .status,
            400);
}

TEST(CrmFilters, AllCustomersSearchFiltersAndExportTheSameRows) {
  auto manager = member("筛选经理", "sales_manager,staff");
  std::string phone = testenv::unique_phone();
  long long hit = customer("筛选命中客户", 0, phone);
  customer("筛选其他客户", 0, testenv::unique_phone());
  auto list = manager.c().get("/crm/customers?q=" + phone.substr(3));
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "筛选命中客户"));
  EXPECT_FALSE(has(list.body, "筛选其他客户"));
  EXPECT_FALSE(has(manager.c().get("/crm/customers?q=" + phone.substr(3) + "&source=QQ群").body,
                   "筛选命中客户"));
  auto x = manager.c().get("/crm/customers/export.xlsx?q=" + phone.substr(3));
  ASSERT_EQ(x.status, 200);
  EXPECT_NE(x.header("content-type").find("spreadsheetml"), std::string::npos);
  auto rows = sheet::read_first_sheet(x.body, 100, 20);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells[1], "姓名");
  EXPECT_EQ(rows[1].cells[0], std::to_string(hit));
  EXPECT_EQ(rows[1].cells[2], phone);
  auto sales = member("筛选顾问", "sales,staff");
  EXPECT_EQ(sales.c().get("/crm/customers/export.xlsx").status, 403);
}

TEST(CrmNextFollowUp, APlannedFollowUpShowsOnTodaysList) {
  auto sales = member("待跟进顾问", "sales,staff");
  long long id = customer("明天跟进客户", 0, testenv::unique_phone());
  ASSERT_EQ(sales.c().post(page(id, "/grab"), {{"csrf_token", sales.csrf}}).status, 303);
  auto bad = sales.c().post(
      page(id, "/follow"),
      {{"csrf_token", sales.csrf}, {"note", "约了试听"}, {"next_follow_date", "2000-01-01"}});
  EXPECT_EQ(bad.status, 400);
  std::string today = core::today();
  ASSERT_EQ(sales.c()
                .post(page(id, "/follow"), {{"csrf_token", sales.csrf},
                                            {"note", "第一行\n第二行"},
                                            {"next_follow_date", today}})
                .status,
            303);
  auto mine = sales.c().get("/crm/customers/mine").body;
  auto due = mine.find("今日待跟进");
  ASSERT_NE(due, std::string::npos);
  EXPECT_NE(mine.find("明天跟进客户", due), std::string::npos);
  // The follow-up keeps its line break.
  EXPECT_TRUE(has(sales.c().get(page(id)).body, "第一行\n第二行"));
}
