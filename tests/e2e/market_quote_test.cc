// The marketplace through nginx and the real programs (spec §1). Quoting: who may quote, deadlines,
// the weekly quota, parallel quotes, prices.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Fields;
using testenv::Http;
using testenv::Member;
using testenv::member;
using namespace testenv::market_steps;

TEST(MarketQuote, QuoteOnOwnOrderRefused) {
  auto buyer = member("自报价采购商");
  long long item = item_of(publish(buyer));
  auto r = quote(buyer, item);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
}

TEST(MarketQuote, QuoteAfterDeadlineRefusedByServer) {
  auto buyer = member("过期采购商");
  auto supplier = member("迟到供应商");
  long long pid = publish(buyer);
  long long item = item_of(pid);
  sql().query("UPDATE purchase SET deadline = NOW() - INTERVAL 1 MINUTE WHERE id = ?", pid);
  auto r = quote(supplier, item);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
  EXPECT_TRUE(has(Http().get("/item/" + std::to_string(item)).body, "报价结束"));
}

TEST(MarketQuote, QuoteOnClosedItemRefusedByServer) {
  auto buyer = member("关闭采购商");
  auto supplier = member("晚来供应商");
  long long pid = publish(buyer, 2);
  long long item = item_of(pid);
  auto c = buyer.c().post("/item/" + std::to_string(item) + "/close", {{"csrf_token", buyer.csrf}});
  EXPECT_EQ(c.status, 303);
  EXPECT_EQ(quote(supplier, item).status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
  EXPECT_EQ(quote(supplier, item_of(pid, 2)).status, 303) << "the other item stays open";
}

TEST(MarketQuote, SecondPendingQuoteRefusedAndNewQuoteAfterReplyAccepted) {
  auto buyer = member("回复采购商");
  auto supplier = member("重复供应商");
  long long item = item_of(publish(buyer));
  long long first = quote_id(quote(supplier, item, "40"));
  auto again = quote(supplier, item, "38");
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 1);
  auto rep = buyer.c().post(
      "/quote/" + std::to_string(first) + "/reply",
      {{"csrf_token", buyer.csrf}, {"state", "reject"}, {"reasons", "price"}, {"message", "贵了"}});
  EXPECT_EQ(rep.status, 303);
  EXPECT_EQ(quote(supplier, item, "36").status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 2);
}

TEST(MarketQuote, WeeklyQuotaExactAtLimit) {
  auto buyer = member("配额采购商");
  auto supplier = member("配额供应商");
  long long pid = publish(buyer, 7);
  for (int i = 1; i <= 5; ++i) EXPECT_EQ(quote(supplier, item_of(pid, i)).status, 303) << i;
  auto sixth = quote(supplier, item_of(pid, 6));
  EXPECT_EQ(sixth.status, 409) << "a used quota is a rule, not a rate limit (429)";
  EXPECT_TRUE(has(sixth.body, "本周报价次数已用完"));
  EXPECT_FALSE(has(sixth.body, "操作过于频繁"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE supplier_id = ?", supplier.id), 5);
}

TEST(MarketQuote, WeeklyQuotaHoldsUnderParallelRequests) {
  auto buyer = member("并发配额采购商");
  long long supplier_id = testenv::make_user("并发配额供应商");
  long long pid = publish(buyer, 10);
  std::atomic<int> ok{0}, limited{0};
  std::vector<std::thread> ts;
  for (int i = 1; i <= 10; ++i)
    ts.emplace_back([&, i] {
      Member s{supplier_id, std::make_unique<Http>(), ""};
      s.csrf = testenv::login_as(*s.http, supplier_id);
      auto r = quote(s, item_of(pid, i));
      if (r.status == 303) ++ok;
      if (r.status == 409) ++limited;
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(ok.load(), 5);
  EXPECT_EQ(limited.load(), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE supplier_id = ?", supplier_id), 5);
}

TEST(MarketQuote, TwentySuppliersQuotingOneItemInParallelAllLand) {
  auto buyer = member("热门采购商");
  long long item = item_of(publish(buyer));
  std::vector<long long> ids;
  for (int i = 0; i < 20; ++i) ids.push_back(testenv::make_user("并发供应商" + std::to_string(i)));
  std::atomic<int> ok{0};
  std::vector<std::thread> ts;
  for (int i = 0; i < 20; ++i)
    ts.emplace_back([&, i] {
      Member s{ids[i], std::make_unique<Http>(), ""};
      s.csrf = testenv::login_as(*s.http, ids[i]);
      if (quote(s, item, std::to_string(30 + i)).status == 303) ++ok;
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(ok.load(), 20);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 20);
  EXPECT_EQ(count("SELECT quote_count FROM purchase_item WHERE id = ?", item), 20);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM notification n JOIN purchase p ON p.buyer_id = n.user_id"
            " WHERE n.type = 2 AND p.id = (SELECT purchase_id FROM purchase_item WHERE id = ?)",
            item),
      20);
}

TEST(MarketPrices, LowestPriceMarkedNumerically) {
  auto buyer = member("比价采购商");
  auto a = member("贵供应商");
  auto b = member("便宜供应商");
  long long item = item_of(publish(buyer));
  quote_id(quote(a, item, "10.00"));
  long long cheap = quote_id(quote(b, item, "9.5"));
  auto page = buyer.c().get("/quote/" + std::to_string(cheap));
  EXPECT_TRUE(has(page.body, "最低价"));
  EXPECT_TRUE(has(page.body, "¥9.5/公斤")) << "quantity in 吨, price per 公斤";
  auto item_page = buyer.c().get("/item/" + std::to_string(item)).body;
  auto mark = item_page.find("最低价</span>");
  ASSERT_NE(mark, std::string::npos);
  EXPECT_LT(item_page.rfind("9.5", mark), mark);
  EXPECT_EQ(item_page.find("最低价</span>", mark + 1), std::string::npos) << "one lowest only";
}
