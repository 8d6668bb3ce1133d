// Who the buyer is (issue 17): the hall, the home feed, item pages and my quotes name the
// company (经营主体) first, and a verified member carries the one 身份真实 badge everywhere.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"

using testenv::Http;
using testenv::member;
using namespace testenv::market_steps;

TEST(MarketMemberLabel, CompanyFirstAndOneVerifiedBadgeEverywhere) {
  auto buyer = member("王经理");
  auto supplier = member("李老板");
  sql().query(
      "UPDATE user SET name = '亳州康源饮片厂', nickname = '王经理', verified = 1 WHERE id = ?",
      buyer.id);
  sql().query("UPDATE user SET name = '安国药材行', nickname = '李老板', verified = 1 WHERE id = ?",
              supplier.id);
  long long pid = publish(buyer);
  long long item = item_of(pid);
  ASSERT_EQ(quote(supplier, item).status, 303);
  const std::string label = "亳州康源饮片厂（王经理）";
  const std::string badge = "verified-badge";
  const std::vector<std::string> pages{"/purchases", "/", "/purchase/" + std::to_string(pid),
                                       "/item/" + std::to_string(item), "/my/quotes"};
  for (const std::string& path : pages) {
    auto page = supplier.c().get(path);
    ASSERT_EQ(page.status, 200) << path;
    auto at = page.body.find(label);
    ASSERT_NE(at, std::string::npos) << path;
    EXPECT_NE(page.body.find(badge, at), std::string::npos) << path;
    EXPECT_EQ(page.body.find("已认证"), std::string::npos) << path << ": one wording";
  }
  auto mine = buyer.c().get("/item/" + std::to_string(item));
  auto at = mine.body.find("安国药材行（李老板）");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(mine.body.find(badge, at), std::string::npos);
  // The buyer sees every quoter's phone, one tap from calling it.
  EXPECT_NE(mine.body.find("<a href=\"tel:"), std::string::npos);
}

// Notifications keep the price unit, and the header badge counts exactly the 未读 marks the
// list shows (issue 17, item 8).
TEST(MarketNotificationWords, PriceUnitKeptAndBadgeAgreesWithUnreadMarks) {
  auto buyer = member("通知采购商");
  auto a = member("通知供应商甲");
  auto b = member("通知供应商乙");
  long long item = item_of(publish(buyer));  // 2 吨: prices per 公斤
  ASSERT_EQ(quote(a, item, "41.5").status, 303);
  ASSERT_EQ(quote(b, item, "39").status, 303);
  auto page = buyer.c().get("/my/notifications");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "报价 41.5 元/公斤"));
  EXPECT_TRUE(has(page.body, "报价 39 元/公斤"));
  size_t marks = 0;
  for (size_t at = 0; (at = page.body.find(">未读</span>", at)) != std::string::npos; ++at) ++marks;
  EXPECT_EQ(marks, 2u);
  EXPECT_TRUE(has(page.body, "<span class=\"badge bg-danger\">2</span>")) << "header badge";
  auto next = buyer.c().get("/my/notifications");
  EXPECT_FALSE(has(next.body, ">未读</span>"));
  EXPECT_FALSE(has(next.body, "<span class=\"badge bg-danger\">2</span>"));
}
