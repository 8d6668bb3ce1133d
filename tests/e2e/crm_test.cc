// The CRM through nginx and the real route programs: roles, grabs by many browsers at once,
// entry with automatic assignment, follow-ups and the nightly job command.
#include <gtest/gtest.h>

#include <cstdio>

#include "core/clock.h"
#include "crm/customer.h"
#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/race.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;
using testenv::market_steps::has;

namespace {

long long pool_customer(const std::string& name) {
  crm::Customer c;
  c.name = name;
  c.phone = testenv::unique_phone();
  c.source = "官方网站";
  return crm::insert(db::local(), c, 0, core::today(), 0);
}

long long held_by(long long who, const std::string& name) {
  crm::Customer c;
  c.name = name;
  c.phone = testenv::unique_phone();
  c.source = "口碑";
  return crm::insert(db::local(), c, who, core::today(), 0);
}

std::string path_of(long long id, const std::string& tail = "") {
  return "/crm/customers/" + std::to_string(id) + tail;
}

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[512];
  while (p && fgets(buf, sizeof buf, p)) out += buf;
  if (p) pclose(p);
  return out;
}

}  // namespace

TEST(CrmGrabE2e, TwentyConsultantsGrabAtOnceOneWinsAndOneHistoryRow) {
  auto id = pool_customer("抢手客户");
  std::vector<long long> users;
  for (int i = 0; i < 20; ++i)
    users.push_back(testenv::make_user("顾问" + std::to_string(i), "sales,staff"));
  std::vector<std::string> messages(20);
  auto tally = testenv::race(20, [&](int i) {
    Http c;
    auto csrf = testenv::login_as(c, users[i]);
    auto r = c.post(path_of(id, "/grab"), {{"csrf_token", csrf}});
    if (r.status == 409) messages[i] = r.body;
    return testenv::by_status(r.status, 303);
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, 19);
  for (const auto& m : messages) {
    if (!m.empty()) {
      EXPECT_NE(m.find("已被其他顾问抢走"), std::string::npos);
    }
  }
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM crm_distribution WHERE customer_id = ?", id)
                .one()
                .i64(0),
            1);
}

TEST(CrmAccessE2e, SalesGets403OnAnothersCustomerAndOnTeacherPages) {
  auto a = testenv::make_user("甲顾问", "sales,staff");
  auto b = testenv::make_user("乙顾问", "sales,staff");
  auto id = held_by(a, "甲的客户");
  Http owner, other;
  testenv::login_as(owner, a);
  auto csrf = testenv::login_as(other, b);
  EXPECT_EQ(owner.get(path_of(id)).status, 200);
  EXPECT_EQ(other.get(path_of(id)).status, 403);
  EXPECT_EQ(other.post(path_of(id, "/follow"), {{"csrf_token", csrf}, {"note", "越权"}}).status,
            403);
  EXPECT_EQ(other.get("/crm/classes").status, 403);
  EXPECT_EQ(other.get("/crm/weights").status, 403);
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM crm_follow_up WHERE customer_id = ?", id)
                .one()
                .i64(0),
            0);
}

TEST(CrmAccessE2e, TeacherSeesClassesButNoCustomersAndAnonymousIsSentToLogin) {
  Http t;
  testenv::login_as(t, testenv::make_user("讲师", "teacher,staff"));
  EXPECT_EQ(t.get("/crm/classes").status, 200);
  EXPECT_EQ(t.get("/crm/customers/public").status, 403);
  Http anon;
  auto r = anon.get("/crm/customers/mine");
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(r.header("location").find("/login"), std::string::npos);
}

TEST(CrmCustomerE2e, OwnerFollowsUpAndSeesItInMyCustomersWithCountdown) {
  auto a = testenv::make_user("跟进顾问", "sales,staff");
  auto id = held_by(a, "待跟进客户");
  Http c;
  auto csrf = testenv::login_as(c, a);
  auto r = c.post(path_of(id, "/follow"), {{"csrf_token", csrf}, {"note", "约了周六试听"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(c.get(path_of(id)).body.find("约了周六试听"), std::string::npos);
  db::local().query(
      "INSERT INTO crm_distribution (customer_id, consultant_id, assigned_date,"
      " how) VALUES (?, ?, ?, 'assign')",
      id, a, core::today());
  auto mine = c.get("/crm/customers/mine");
  EXPECT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("待跟进客户"), std::string::npos);
  EXPECT_NE(mine.body.find("剩 4 天"), std::string::npos);
}

TEST(CrmCustomerE2e, EntryFormAssignsByWeightAndKeepsValuesOnError) {
  auto m = testenv::make_user("录入经理", "sales_manager,staff");
  Http c;
  auto csrf = testenv::login_as(c, m);
  auto bad =
      c.post("/crm/customers/new",
             {{"csrf_token", csrf}, {"name", "王小二"}, {"phone", "123"}, {"source", "官方网站"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("手机号应为11位"), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"王小二\""), std::string::npos);
  auto phone = testenv::unique_phone();
  auto ok = c.post("/crm/customers/new", {{"csrf_token", csrf},
                                          {"name", "王小二"},
                                          {"phone", phone},
                                          {"source", "官方网站"},
                                          {"courses", "Java"},
                                          {"courses", "Python"}});
  EXPECT_EQ(ok.status, 303);
  auto row = db::local().query(
      "SELECT c.id, (SELECT COUNT(*) FROM crm_customer_course k WHERE k.customer_id = c.id),"
      " (SELECT COUNT(*) FROM crm_assignment_log l WHERE l.customer_id = c.id)"
      " FROM crm_customer c WHERE c.phone = ?",
      phone);
  ASSERT_EQ(row.rows.size(), 1u);
  EXPECT_EQ(row.one().i64(1), 2);
  EXPECT_EQ(row.one().i64(2), 1);
  auto dup = c.post("/crm/customers/new",
                    {{"csrf_token", csrf}, {"name", "重复"}, {"phone", phone}, {"source", "口碑"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_NE(dup.body.find("该手机号的客户已存在"), std::string::npos);
}

TEST(CrmCustomerE2e, PublicPoolListsAndGrabMakesItMine) {
  auto a = testenv::make_user("抢单顾问", "sales,staff");
  auto id = pool_customer("公户客户");
  Http c;
  auto csrf = testenv::login_as(c, a);
  auto pool = c.get("/crm/customers/public");
  EXPECT_EQ(pool.status, 200);
  EXPECT_EQ(c.post(path_of(id, "/grab"), {{"csrf_token", csrf}}).status, 303);
  EXPECT_EQ(c.post(path_of(id, "/grab"), {{"csrf_token", csrf}}).status, 409);
  EXPECT_NE(c.get("/crm/customers/mine").body.find("公户客户"), std::string::npos);
}

TEST(CrmJobE2e, ReleaseJobRunTwiceChangesNothingTheSecondTime) {
  auto a = testenv::make_user("过期顾问", "sales,staff");
  auto id = held_by(a, "过期客户");
  auto later = core::add_days(core::today(), 30);
  auto first = run("build/bin/yaocai job crm-release --today " + later + " 2>&1");
  EXPECT_NE(first.find("released"), std::string::npos) << first;
  EXPECT_TRUE(
      db::local().query("SELECT consultant_id FROM crm_customer WHERE id = ?", id).one().null(0));
  auto second = run("build/bin/yaocai job crm-release --today " + later + " 2>&1");
  EXPECT_NE(second.find(": 0 customer(s)"), std::string::npos) << second;
  EXPECT_NE(run("build/bin/yaocai job nosuch 2>&1").find("unknown job"), std::string::npos);
}

// The customer lists are kept rendered for each consultant (web::Page::own_body) until a CRM
// write discards them: a grab, a follow-up, a second session's grab and the release job each
// show on the very next request, and a kept page's forms carry the reader's own CSRF token.
TEST(CrmCustomerE2e, ListsShowEveryChangeOnTheNextRequest) {
  auto a = testenv::make_user("新鲜顾问甲", "sales,staff");
  auto b = testenv::make_user("新鲜顾问乙", "sales,staff");
  Http ca, cb;
  auto csrf_a = testenv::login_as(ca, a), csrf_b = testenv::login_as(cb, b);
  auto x = pool_customer("新鲜公户客户X");
  for (int i = 0; i < 2; ++i) {  // rendered, then kept
    EXPECT_TRUE(has(ca.get("/crm/customers/public").body, "新鲜公户客户X")) << i;
    EXPECT_FALSE(has(cb.get("/crm/customers/mine").body, "新鲜公户客户X")) << i;
  }
  EXPECT_EQ(cb.post(path_of(x, "/grab"), {{"csrf_token", csrf_b}}).status, 303);
  EXPECT_FALSE(has(ca.get("/crm/customers/public").body, "新鲜公户客户X")) << "grabbed: gone";
  auto mine = cb.get("/crm/customers/mine").body;
  EXPECT_TRUE(has(mine, "新鲜公户客户X")) << "and in the winner's list at once";
  EXPECT_FALSE(has(mine, "今日待跟进"));
  EXPECT_EQ(
      cb.post(path_of(x, "/follow"),
              {{"csrf_token", csrf_b}, {"note", "明天再联系"}, {"next_follow_date", core::today()}})
          .status,
      303);
  EXPECT_TRUE(has(cb.get("/crm/customers/mine").body, "今日待跟进")) << "the follow-up date";

  // A second session of the first consultant reads the kept pool with its own token and grabs
  // with it.
  auto y = pool_customer("新鲜公户客户Y");
  EXPECT_TRUE(has(ca.get("/crm/customers/public").body, "新鲜公户客户Y"));
  Http again;
  auto csrf_again = testenv::login_as(again, a);
  auto kept = again.get("/crm/customers/public").body;
  EXPECT_TRUE(has(kept, "新鲜公户客户Y"));
  EXPECT_TRUE(has(kept, csrf_again)) << "the second session's token";
  EXPECT_FALSE(has(kept, csrf_a)) << "not the first session's";
  EXPECT_EQ(again.post(path_of(y, "/grab"), {{"csrf_token", csrf_again}}).status, 303);
  EXPECT_FALSE(has(ca.get("/crm/customers/public").body, "新鲜公户客户Y"));
  EXPECT_TRUE(has(ca.get("/crm/customers/mine").body, "新鲜公户客户Y"));

  // The nightly job, a process of its own, releases both at once for every reader.
  run("build/bin/yaocai job crm-release --today " + core::add_days(core::today(), 30) + " 2>&1");
  auto pool = ca.get("/crm/customers/public").body;
  EXPECT_TRUE(has(pool, "新鲜公户客户X"));
  EXPECT_TRUE(has(pool, "新鲜公户客户Y"));
}
