// The marketplace through nginx and the real programs (spec §1). The buyer answers quotes: replies
// one by one or in batches, phones shown after acceptance, notifications.
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

TEST(MarketReply, OnlyTheBuyerMayReplyAndNothingChangesOtherwise) {
  auto buyer = member("真采购商");
  auto other = member("冒充者");
  auto supplier = member("等待供应商");
  long long item = item_of(publish(buyer));
  long long q = quote_id(quote(supplier, item));
  for (Member* m : {&other, &supplier}) {
    auto r = m->c().post("/quote/" + std::to_string(q) + "/reply",
                         {{"csrf_token", m->csrf}, {"state", "accept"}});
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(m->c().get("/quote/" + std::to_string(q)).status, m == &supplier ? 200 : 404);
  }
  // A batch that mixes the buyer's own quote with someone else's changes nothing at all.
  auto buyer2 = member("另一采购商");
  auto supplier2 = member("另一供应商");
  long long q2 = quote_id(quote(supplier2, item_of(publish(buyer2))));
  auto batch = buyer.c().post("/quotes/reply", {{"csrf_token", buyer.csrf},
                                                {"ids", std::to_string(q)},
                                                {"ids", std::to_string(q2)},
                                                {"state", "accept"}});
  EXPECT_EQ(batch.status, 404);
  EXPECT_EQ(count("SELECT state FROM quote WHERE id = ?", q), 0);
  EXPECT_EQ(count("SELECT state FROM quote WHERE id = ?", q2), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND type = 1", supplier.id),
            0);
}

TEST(MarketReply, BatchReplyRejectsManyWithReasons) {
  auto buyer = member("批量采购商");
  auto s1 = member("批量供应商一");
  auto s2 = member("批量供应商二");
  long long item = item_of(publish(buyer));
  long long q1 = quote_id(quote(s1, item)), q2 = quote_id(quote(s2, item));
  auto r = buyer.c().post("/quotes/reply", {{"csrf_token", buyer.csrf},
                                            {"ids", std::to_string(q1)},
                                            {"ids", std::to_string(q2)},
                                            {"state", "reject"},
                                            {"reasons", "price"},
                                            {"reasons", "qualification"},
                                            {"message", "下次再合作"}});
  EXPECT_EQ(r.status, 303);
  auto row = sql().query("SELECT state, reasons FROM quote WHERE id = ?", q2).one();
  EXPECT_EQ(row.i64(0), 2);
  EXPECT_EQ(row.str(1), "price,qualification");
  auto page = s1.c().get("/quote/" + std::to_string(q1));
  EXPECT_TRUE(has(page.body, "价格偏高、资质不符"));
  EXPECT_TRUE(has(page.body, "下次再合作"));
}

TEST(MarketPhones, BuyerSeesQuoterPhonesAcceptedSupplierSeesBuyerPhone) {
  auto buyer = member("电话采购商");
  auto accepted = member("被认可供应商");
  auto rejected = member("被拒供应商");
  auto visitor = member("路人");
  std::string buyer_phone =
      sql().query("SELECT phone FROM user WHERE id = ?", buyer.id).one().str(0);
  std::string sup_phone =
      sql().query("SELECT phone FROM user WHERE id = ?", accepted.id).one().str(0);
  long long item = item_of(publish(buyer));
  std::string url = "/item/" + std::to_string(item);
  long long qa = quote_id(quote(accepted, item, "41.20"));
  long long qr = quote_id(quote(rejected, item, "39.80"));

  auto as_buyer = buyer.c().get(url);
  EXPECT_TRUE(has(as_buyer.body, sup_phone));
  EXPECT_TRUE(has(as_buyer.body, "41.2"));
  for (Member* m : {&visitor, &rejected}) {
    auto b = m->c().get(url).body;
    EXPECT_FALSE(has(b, sup_phone));
    EXPECT_FALSE(has(b, "41.2")) << "no other supplier's price in public";
    EXPECT_TRUE(has(b, "被认可供应商")) << "who quoted is public";
  }
  auto anon = Http().get(url).body;
  EXPECT_FALSE(has(anon, sup_phone));
  EXPECT_FALSE(has(anon, buyer_phone));
  EXPECT_FALSE(has(accepted.c().get(url).body, buyer_phone)) << "not before acceptance";

  buyer.c().post("/quote/" + std::to_string(qa) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "accept"}});
  buyer.c().post("/quote/" + std::to_string(qr) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "reject"}, {"reasons", "quality"}});
  EXPECT_TRUE(has(accepted.c().get(url).body, buyer_phone));
  EXPECT_TRUE(has(accepted.c().get("/quote/" + std::to_string(qa)).body, buyer_phone));
  EXPECT_FALSE(has(rejected.c().get(url).body, buyer_phone));
  EXPECT_FALSE(has(rejected.c().get("/quote/" + std::to_string(qr)).body, buyer_phone));
  EXPECT_FALSE(has(visitor.c().get(url).body, buyer_phone));
}

TEST(MarketNotifications, QuoteAndReplyNotifyTypes2And1WithUnreadBadge) {
  auto buyer = member("通知采购商");
  auto supplier = member("通知供应商");
  long long item = item_of(publish(buyer));
  long long q = quote_id(quote(supplier, item));
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND type = 2 AND is_read = 0",
            buyer.id),
      1);
  auto home = buyer.c().get("/purchases");
  EXPECT_TRUE(has(home.body, "通知 <span class=\"badge bg-danger\">1</span>"));
  auto list = buyer.c().get("/my/notifications");
  EXPECT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "收到新报价"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND is_read = 0", buyer.id),
            0);
  EXPECT_FALSE(has(buyer.c().get("/purchases").body, "通知 <span class=\"badge"));

  buyer.c().post("/quote/" + std::to_string(q) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "accept"}});
  EXPECT_EQ(count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND type = 1", supplier.id),
            1);
  EXPECT_TRUE(
      has(supplier.c().get("/my/quotes").body, "通知 <span class=\"badge bg-danger\">1</span>"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM followed_variety f JOIN variety v ON v.id = f.variety_id"
                  " WHERE f.user_id = ? AND v.name = '黄芪'",
                  supplier.id),
            1)
      << "quoting follows the variety";
}

TEST(MarketReply, JsonBatchReplyWithCsrfHeader) {
  auto buyer = member("接口采购商");
  auto s1 = member("接口供应商一");
  auto s2 = member("接口供应商二");
  long long item = item_of(publish(buyer));
  auto j = s1.c().post_json("/item/" + std::to_string(item) + "/quote",
                            {{"price", "21.5"}, {"quality", "统货"}}, {"X-CSRF-Token: " + s1.csrf});
  EXPECT_EQ(j.status, 200) << j.body;
  long long q1 = j.json()["id"];
  long long q2 = quote_id(quote(s2, item));
  auto r = buyer.c().post_json("/quotes/reply",
                               {{"ids", {q1, q2}}, {"state", "reject"}, {"reasons", {"质量不符"}}},
                               {"X-CSRF-Token: " + buyer.csrf});
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["replied"], 2);
  EXPECT_EQ(sql().query("SELECT reasons FROM quote WHERE id = ?", q1).one().str(0), "quality");
  auto bad = buyer.c().post_json("/quotes/reply", {{"ids", {q1}}, {"state", "accept"}},
                                 {"X-CSRF-Token: " + buyer.csrf});
  EXPECT_EQ(bad.status, 409);
  EXPECT_EQ(bad.json()["error"], "replied");
}

TEST(MarketReply, RepliesAndNewQuotesInParallelNeverFail) {
  auto buyer = member("并发回复采购商");
  long long pid = publish(buyer, 2);
  long long item = item_of(pid);
  std::vector<long long> first, second;
  for (int i = 0; i < 8; ++i) {
    first.push_back(testenv::make_user("先报价供应商" + std::to_string(i)));
    second.push_back(testenv::make_user("后报价供应商" + std::to_string(i)));
  }
  std::vector<long long> quotes;
  for (long long s : first) {
    Member m{s, std::make_unique<Http>(), ""};
    m.csrf = testenv::login_as(*m.http, s);
    quotes.push_back(quote_id(quote(m, item)));
  }
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> ts;
  for (int i = 0; i < 8; ++i) {
    ts.emplace_back([&, i] {
      Member b{buyer.id, std::make_unique<Http>(), ""};
      b.csrf = testenv::login_as(*b.http, buyer.id);
      auto r = b.c().post(
          "/quote/" + std::to_string(quotes[i]) + "/reply",
          {{"csrf_token", b.csrf}, {"state", i % 2 ? "accept" : "reject"}, {"reasons", "price"}});
      (r.status == 303 ? ok : failed)++;
    });
    ts.emplace_back([&, i] {
      Member s{second[i], std::make_unique<Http>(), ""};
      s.csrf = testenv::login_as(*s.http, second[i]);
      auto r = quote(s, item_of(pid, 1 + i % 2));
      (r.status == 303 ? ok : failed)++;
    });
  }
  for (auto& t : ts) t.join();
  EXPECT_EQ(ok.load(), 16);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ? AND state <> 0", item), 8);
}
