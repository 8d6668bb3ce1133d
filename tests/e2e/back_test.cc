// No dead ends (issue 17): an ordinary mistake on a form posted from one of our pages goes
// back to that page with the message and what was typed; real errors keep their page, with
// a way back. Requests carry a Referer as a browser's do.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "crm/customer.h"
#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::member;
using namespace testenv::market_steps;

namespace {
std::string referer(const std::string& path) { return "Referer: " + testenv::base_url() + path; }
}  // namespace

TEST(BackE2e, BatchReplyWithNothingTickedReturnsToTheItemWithTheMessageAndTheText) {
  auto buyer = member("空回复采购商");
  auto supplier = member("空回复供应商");
  long long item = item_of(publish(buyer));
  ASSERT_EQ(quote(supplier, item).status, 303);
  std::string page = "/item/" + std::to_string(item);
  auto r = buyer.c().post("/quotes/reply",
                          {{"csrf_token", buyer.csrf}, {"state", "accept"}, {"message", "请寄样"}},
                          {referer(page)});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), page);
  auto back = buyer.c().get(page);
  EXPECT_EQ(back.status, 200);
  EXPECT_TRUE(has(back.body, "id=\"back-message\""));
  EXPECT_TRUE(has(back.body, "请选择要回复的报价"));
  EXPECT_TRUE(has(back.body, "请寄样")) << "what was typed comes back";
  EXPECT_TRUE(has(back.body, "/js/back.js"));
  EXPECT_FALSE(has(buyer.c().get(page).body, "id=\"back-message\"")) << "shown once";
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ? AND state <> 0", item), 0);
}

TEST(BackE2e, EmptyFollowUpReturnsToTheCustomer) {
  auto sales = member("空跟进顾问", "sales,staff");
  crm::Customer c;
  c.name = "空跟进客户";
  c.phone = testenv::unique_phone();
  c.source = "口碑";
  long long id = crm::insert(db::local(), c, sales.id, core::today(), 0);
  std::string page = "/crm/customers/" + std::to_string(id);
  auto r = sales.c().post(page + "/follow", {{"csrf_token", sales.csrf}, {"note", "  "}},
                          {referer(page)});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), page);
  auto back = sales.c().get(page);
  EXPECT_TRUE(has(back.body, "请填写跟进内容"));
  EXPECT_TRUE(has(back.body, "data-field=\"note\""));
}

TEST(BackE2e, WithoutOurRefererTheErrorIsAnsweredAsBefore) {
  auto buyer = member("无来源采购商");
  auto r = buyer.c().post("/quotes/reply", {{"csrf_token", buyer.csrf}, {"state", "accept"}},
                          {"Referer: http://evil.example/item/1"});
  EXPECT_EQ(r.status, 400);
  auto json = buyer.c().post("/quotes/reply", {{"csrf_token", buyer.csrf}, {"state", "accept"}},
                             {referer("/my/purchases"), "Accept: application/json"});
  EXPECT_EQ(json.status, 400);
  EXPECT_EQ(json.json()["ok"], false);
}

TEST(BackE2e, NotFoundPageSaysWhatHappenedAndLeadsBack) {
  auto m = member("迷路会员");
  auto r = m.c().get("/item/999999999", {referer("/purchases?q=黄芪")});
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(has(r.body, "href=\"/purchases?q=黄芪\""));
  EXPECT_TRUE(has(r.body, "返回上一页"));
  EXPECT_TRUE(has(r.body, "采购品种不存在"));
}
