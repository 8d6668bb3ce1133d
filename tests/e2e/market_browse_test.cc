// The marketplace through nginx and the real programs (spec §1). Browsing: the lists, the item
// page, lookups, the supplier directory, my purchases.
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

TEST(MarketMy, PurchaseTabsShowCounts) {
  auto buyer = member("标签采购商");
  publish(buyer);
  long long ended = publish(buyer);
  long long closed = publish(buyer);
  sql().query("UPDATE purchase SET deadline = NOW() - INTERVAL 1 DAY WHERE id = ?", ended);
  buyer.c().post("/purchase/" + std::to_string(closed) + "/close", {{"csrf_token", buyer.csrf}});
  auto page = buyer.c().get("/my/purchases").body;
  EXPECT_TRUE(has(page, "全部 <span class=\"badge bg-secondary tab-count\">3</span>"));
  EXPECT_TRUE(has(page, "进行中 <span class=\"badge bg-secondary tab-count\">1</span>"));
  EXPECT_TRUE(has(page, "已结束 <span class=\"badge bg-secondary tab-count\">1</span>"));
  EXPECT_TRUE(has(page, "关闭 <span class=\"badge bg-secondary tab-count\">1</span>"));
}

// Counts the occurrences of `what` in `page`.
int occurrences(const std::string& page, const std::string& what) {
  int n = 0;
  for (auto at = page.find(what); at != std::string::npos; at = page.find(what, at + 1)) ++n;
  return n;
}

TEST(MarketMy, PurchasesComeTwentyOrdersAPage) {
  auto buyer = member("分页采购商");
  std::vector<long long> orders;
  for (int i = 0; i < 21; ++i) orders.push_back(publish(buyer));
  auto first = buyer.c().get("/my/purchases").body;
  EXPECT_EQ(occurrences(first, ">采购单 #"), 20);
  EXPECT_TRUE(has(first, "采购单 #" + std::to_string(orders.back()) + "<")) << "newest first";
  EXPECT_FALSE(has(first, "采购单 #" + std::to_string(orders.front()) + "<"));
  EXPECT_TRUE(has(first, "href=\"/my/purchases?tab=all&amp;page=2\""));
  EXPECT_FALSE(has(first, "上一页"));
  auto second = buyer.c().get("/my/purchases?tab=all&page=2").body;
  EXPECT_EQ(occurrences(second, ">采购单 #"), 1);
  EXPECT_TRUE(has(second, "采购单 #" + std::to_string(orders.front()) + "<"));
  EXPECT_TRUE(has(second, "href=\"/my/purchases?tab=all&amp;page=1\""));
  EXPECT_FALSE(has(second, "下一页"));
  EXPECT_TRUE(has(second, "全部 <span class=\"badge bg-secondary tab-count\">21</span>"))
      << "the tabs count every order, not the page's";
  EXPECT_EQ(occurrences(buyer.c().get("/my/purchases?page=x").body, ">采购单 #"), 20);
}

TEST(MarketMy, QuotesComeTwentyAPage) {
  auto buyer = member("报价分页采购商");
  auto supplier = member("报价分页供应商");
  long long pid = publish(buyer, 11), pid2 = publish(buyer, 11);
  int made = 0;
  for (long long p : {pid, pid2})
    for (int i = 1; i <= 11 && made < 21; ++i, ++made) {
      // The weekly quota (5) would stop the supplier: this test is about the list.
      if (made % 5 == 0) sql().query("DELETE FROM quote_quota WHERE user_id = ?", supplier.id);
      ASSERT_EQ(quote(supplier, item_of(p, i)).status, 303) << "quote " << made;
    }
  auto first = supplier.c().get("/my/quotes").body;
  EXPECT_EQ(occurrences(first, "href=\"/quote/"), 20);
  EXPECT_TRUE(has(first, "href=\"/my/quotes?page=2\""));
  auto second = supplier.c().get("/my/quotes?page=2").body;
  EXPECT_EQ(occurrences(second, "href=\"/quote/"), 1);
  EXPECT_TRUE(has(second, "/item/" + std::to_string(item_of(pid, 1)) + "\"")) << "oldest last";
  EXPECT_FALSE(has(second, "下一页"));
}

TEST(MarketLists, HomeAndPurchaseHallShowOpenItemsWithFilters) {
  auto buyer = member("列表采购商");
  long long pid = publish(buyer, 1, {});
  long long item = item_of(pid);
  auto home = Http().get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_TRUE(has(home.body, "批次采购，收到"));
  EXPECT_TRUE(has(home.body, "/item/" + std::to_string(item) + "\""));
  std::string link = "/item/" + std::to_string(item) + "\"";
  EXPECT_TRUE(
      has(Http().get("/purchases?q=%E9%BB%84%E8%8A%AA&province=130000&status=1").body, link));
  EXPECT_TRUE(has(Http().get("/purchases?q=%E5%8C%97%E8%8A%AA").body, link)) << "alias 北芪";
  EXPECT_FALSE(has(Http().get("/purchases?q=%E9%BB%84%E8%8A%AA&province=110000").body, link));
  EXPECT_FALSE(has(Http().get("/purchases?q=%E9%BB%84%E8%8A%AA&status=0").body, link));
  EXPECT_EQ(Http().get("/purchases?page=abc").status, 200);
}

TEST(MarketLookup, VarietySuggestMatchesNamesAndAliasesAndAreasCascade) {
  Http c;
  auto j = c.get("/varieties/suggest.json?q=%E6%9E%B8%E6%9D%9E%E5%AD%90").json();  // 枸杞子
  ASSERT_TRUE(j["ok"]);
  ASSERT_FALSE(j["varieties"].empty());
  EXPECT_EQ(j["varieties"][0]["name"], "枸杞");
  EXPECT_EQ(j["varieties"][0]["units"][0], "公斤");
  auto by_initials = c.get("/varieties/suggest.json?q=hq").json();
  EXPECT_FALSE(by_initials["varieties"].empty());
  auto prov = c.get("/areas/children.json").json();
  EXPECT_EQ(prov["areas"].size(), 31u);
  auto hebei = c.get("/areas/children.json?parent=130000").json();
  EXPECT_EQ(hebei["areas"][0]["name"], "石家庄市");
  EXPECT_EQ(c.get("/areas/children.json?parent=x1").status, 400);
}

TEST(MarketSuppliers, DirectoryListsQuotersVerifiedFirstWithoutPhones) {
  auto buyer = member("目录采购商");
  auto s = member("目录供应商");
  sql().query("UPDATE user SET verified = 1 WHERE id = ?", s.id);
  quote_id(quote(s, item_of(publish(buyer))));
  auto list = Http().get("/suppliers");
  EXPECT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "/supplier/" + std::to_string(s.id)));
  auto profile = Http().get("/supplier/" + std::to_string(s.id));
  EXPECT_EQ(profile.status, 200);
  EXPECT_TRUE(has(profile.body, "黄芪"));
  std::string phone = sql().query("SELECT phone FROM user WHERE id = ?", s.id).one().str(0);
  EXPECT_FALSE(has(profile.body, phone));
  EXPECT_EQ(Http().get("/supplier/999999999").status, 404);
}

TEST(MarketLists, CachedListPagesShowChangesOnTheNextRequest) {
  auto buyer = member("缓存采购商");
  auto supplier = member("缓存供应商");
  Http anon;
  anon.get("/");
  anon.get("/purchases?status=1");
  long long pid = publish(buyer);
  long long item = item_of(pid);
  std::string link = "/item/" + std::to_string(item) + "\"";
  EXPECT_TRUE(has(anon.get("/").body, link)) << "publishing shows at once";
  EXPECT_TRUE(has(anon.get("/purchases?status=1").body, link));
  auto before = anon.get("/").body;
  quote_id(quote(supplier, item));
  auto after = anon.get("/").body;
  EXPECT_NE(before, after) << "a quote changes the totals and the count";
  buyer.c().post("/item/" + std::to_string(item) + "/close", {{"csrf_token", buyer.csrf}});
  EXPECT_FALSE(has(anon.get("/").body, link)) << "closing removes it from the feed at once";
  EXPECT_FALSE(has(anon.get("/purchases?status=1").body, link));
  EXPECT_TRUE(anon.cookie("yc_sid").empty());
}

// Page copies under load: while others publish and anonymous visitors keep reading (and so
// keep writing copies), each publisher's very next anonymous request shows its order.

TEST(MarketLists, PublishingShowsOnTheNextRequestWhileOthersPublishAndRead) {
  std::atomic<bool> done{false};
  std::thread reader([&] {
    Http anon;
    while (!done) anon.get("/purchases");
  });
  std::atomic<int> shown{0}, missing{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 6; ++t)
    ts.emplace_back([&, t] {
      auto buyer = member("并发发布" + std::to_string(t));
      Http anon;
      for (int i = 0; i < 3; ++i) {
        long long item = item_of(publish(buyer));
        bool seen = has(anon.get("/purchases").body, "/item/" + std::to_string(item) + "\"");
        ++(seen ? shown : missing);
      }
    });
  for (auto& t : ts) t.join();
  done = true;
  reader.join();
  EXPECT_EQ(shown.load(), 18);
  EXPECT_EQ(missing.load(), 0);
}

TEST(MarketItem, EveryViewCountsOnTheItemPage) {
  // Visitors without a session may get the page as a copy from nginx, so their page carries a
  // beacon that counts the view (market.js posts it); members are counted by the page itself.
  auto buyer = member("浏览计数采购商");
  auto viewer = member("浏览计数会员");
  long long item = item_of(publish(buyer));
  std::string url = "/item/" + std::to_string(item), beacon = url + "/view";
  Http anon;
  for (int i = 1; i <= 3; ++i) {
    auto page = anon.get(url);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(has(page.body, "data-view-beacon=\"" + beacon + "\"")) << "view " << i;
    auto counted = anon.post(beacon, {});
    ASSERT_EQ(counted.status, 200) << counted.body;
    EXPECT_EQ(counted.json()["views"], i) << "view " << i;
  }
  // The count is the text of the element the beacon updates: 浏览 <span ...>N</span> 次.
  auto shows_views = [](const std::string& page, int n) {
    return has(page, ">" + std::to_string(n) + "</span> 次");
  };
  auto member_page = viewer.c().get(url).body;
  EXPECT_TRUE(shows_views(member_page, 4));
  EXPECT_FALSE(has(member_page, "data-view-beacon")) << "a member's view is not counted twice";
  EXPECT_EQ(anon.post(beacon, {}).json()["views"], 5);
  EXPECT_TRUE(shows_views(viewer.c().get(url).body, 6));

  EXPECT_EQ(anon.post("/item/999999999/view", {}).status, 404);
  EXPECT_EQ(anon.get(beacon).status, 405);
}

TEST(MarketItem, AnonymousCopyShowsAQuoteOnTheNextRequest) {
  // The item page is kept as a copy for visitors without a session; a quote discards it.
  auto buyer = member("副本采购商");
  auto supplier = member("副本供应商");
  long long item = item_of(publish(buyer));
  std::string url = "/item/" + std::to_string(item);
  Http anon;
  EXPECT_TRUE(has(anon.get(url).body, "共 0 个报价"));
  EXPECT_TRUE(has(anon.get(url).body, "共 0 个报价")) << "the copy";
  quote(supplier, item);
  EXPECT_TRUE(has(anon.get(url).body, "共 1 个报价")) << "shown at once";
}

TEST(MarketItem, BuyerStatisticsFollowQuotesAndReplies) {
  auto buyer = member("统计采购商");
  auto supplier = member("统计供应商");
  long long item = item_of(publish(buyer, 2));
  std::string url = "/item/" + std::to_string(item);
  Http anon;
  EXPECT_TRUE(has(anon.get(url).body, "已发布 2 个品种 · 回复率 0%"));
  long long q = quote_id(quote(supplier, item));
  EXPECT_TRUE(has(anon.get(url).body, "回复率 0% · 已认可 0 个品种"));
  buyer.c().post("/quote/" + std::to_string(q) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "accept"}});
  EXPECT_TRUE(has(anon.get(url).body, "回复率 100% · 已认可 1 个品种")) << "shown at once";
}
