// Item page views counted in Redis and written to the database in batches (market/view_count.h),
// with a Redis key prefix of this suite's own so no other test's counts mix in.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "auth/account.h"
#include "market/purchase.h"
#include "market/view_count.h"
#include "tests/support/stack.h"

class MarketViewCount : public testenv::DbTest {
 protected:
  static redis::Settings settings() {
    auto s = redis::Settings::from_config();
    s.prefix += "views-test:";
    return s;
  }
  void SetUp() override {
    redis::Client r(settings());
    for (const char* k : {"market:views", "market:views:timer"}) r.cmd({"DEL", r.key(k)});
  }
  long long item() {
    auth::NewAccount a;
    a.phone = testenv::unique_phone();
    a.password = "secret123";
    a.name = "浏览采购商";
    long long buyer = auth::create_account(db(), a);
    market::PurchaseDraft d;
    d.pickup = "1";
    d.window = "7";
    market::ItemDraft it;
    it.variety = "黄芪";
    it.quantity = "1";
    d.items.push_back(it);
    long long p = market::publish(db(), buyer, d, "2026-11-20 09:00:00");
    return db().query("SELECT id FROM purchase_item WHERE purchase_id = ?", p).one().i64(0);
  }
  long long stored(long long id) {
    return db().query("SELECT views FROM purchase_item WHERE id = ?", id).one().i64(0);
  }
};

TEST_F(MarketViewCount, ViewsWaitInRedisAndLandInOneBatch) {
  redis::Client r(settings());
  long long a = item(), b = item();
  // The first view starts the batch timer and writes the (empty) batch.
  EXPECT_EQ(market::count_view(db(), r, a), 1);
  EXPECT_EQ(stored(a), 1);
  EXPECT_EQ(market::count_view(db(), r, a), 1) << "pending again, not yet stored";
  EXPECT_EQ(market::count_view(db(), r, a), 2);
  EXPECT_EQ(market::count_view(db(), r, b), 1);
  EXPECT_EQ(stored(a), 1) << "no database write per view";
  EXPECT_EQ(market::flush_views(db(), r), 2);
  EXPECT_EQ(stored(a), 3);
  EXPECT_EQ(stored(b), 1);
  EXPECT_EQ(market::flush_views(db(), r), 0) << "nothing is written twice";
  EXPECT_EQ(stored(a), 3);
}

// Whoever writes a batch while others count: nothing lost, nothing written twice.
TEST_F(MarketViewCount, ParallelViewsAreAllCounted) {
  long long a = item();
  auto db_settings = db().settings();
  std::vector<std::thread> ts;
  for (int t = 0; t < 8; ++t)
    ts.emplace_back([&] {
      db::Connection conn(db_settings);
      redis::Client r(settings());
      for (int i = 0; i < 50; ++i) market::count_view(conn, r, a);
    });
  for (auto& t : ts) t.join();
  redis::Client r(settings());
  market::flush_views(db(), r);
  EXPECT_EQ(stored(a), 400);
}
