// Quote rules in lib/market with the clock passed in: quota weeks, deadlines to the second,
// standing purchases, replies.
#include <gtest/gtest.h>

#include "auth/account.h"
#include "core/error.h"
#include "market/purchase.h"
#include "market/quote.h"
#include "tests/support/stack.h"

class MarketQuoteRules : public testenv::DbTest {
 protected:
  long long user(const std::string& name) {
    auth::NewAccount a;
    a.phone = testenv::unique_phone();
    a.password = "secret123";
    a.name = name;
    return auth::create_account(db(), a);
  }
  // An order published at `now` with `n` items and quote window `window` days.
  long long order(long long buyer, const std::string& now, int n, const char* window = "7") {
    market::PurchaseDraft d;
    d.pickup = "1";
    d.window = window;
    for (int i = 0; i < n; ++i) {
      market::ItemDraft it;
      it.slot = i;
      it.variety = "黄芪";
      it.quantity = "1";
      d.items.push_back(it);
    }
    EXPECT_TRUE(market::validate(db(), d).empty());
    return market::publish(db(), buyer, d, now);
  }
  long long item(long long purchase, int position = 1) {
    return db()
        .query("SELECT id FROM purchase_item WHERE purchase_id = ? AND position = ?", purchase,
               position)
        .one()
        .i64(0);
  }
  market::QuoteInput in{"30", "统货", ""};
};

TEST_F(MarketQuoteRules, QuotaWeekStartsMondayInShanghai) {
  long long buyer = user("周配额采购商"), supplier = user("周配额供应商");
  long long p = order(buyer, "2026-11-20 09:00:00", 7);
  for (int i = 1; i <= 5; ++i)
    market::submit_quote(db(), supplier, item(p, i), in, "2026-11-22 23:59:59", 5);  // Sunday
  EXPECT_THROW(market::submit_quote(db(), supplier, item(p, 6), in, "2026-11-22 23:59:59", 5),
               core::Conflict);
  EXPECT_NO_THROW(market::submit_quote(db(), supplier, item(p, 6), in, "2026-11-23 00:00:00", 5))
      << "Monday 00:00 starts a new week";
}

TEST_F(MarketQuoteRules, RefusedQuoteDoesNotUseQuota) {
  long long buyer = user("配额不耗采购商"), supplier = user("配额不耗供应商");
  long long p = order(buyer, "2026-11-20 09:00:00", 2);
  market::submit_quote(db(), supplier, item(p, 1), in, "2026-11-20 10:00:00", 2);
  EXPECT_THROW(market::submit_quote(db(), supplier, item(p, 1), in, "2026-11-20 10:00:00", 2),
               core::Conflict);
  EXPECT_NO_THROW(market::submit_quote(db(), supplier, item(p, 2), in, "2026-11-20 10:00:00", 2));
}

TEST_F(MarketQuoteRules, DeadlineIsExactToTheSecond) {
  long long buyer = user("截止采购商"), s1 = user("截止前供应商"), s2 = user("截止时供应商");
  long long p = order(buyer, "2026-11-20 09:00:00", 1, "3");
  EXPECT_NO_THROW(market::submit_quote(db(), s1, item(p), in, "2026-11-23 08:59:59", 5));
  EXPECT_THROW(market::submit_quote(db(), s2, item(p), in, "2026-11-23 09:00:00", 5),
               core::Conflict);
}

TEST_F(MarketQuoteRules, StandingPurchaseTakesQuotesAnyTime) {
  long long buyer = user("常年采购商"), supplier = user("常年供应商");
  long long p = order(buyer, "2026-01-01 09:00:00", 1, "0");
  EXPECT_NO_THROW(market::submit_quote(db(), supplier, item(p), in, "2027-06-01 09:00:00", 5));
}

TEST_F(MarketQuoteRules, BadQuoteInputNamesTheField) {
  long long buyer = user("输入采购商"), supplier = user("输入供应商");
  long long it = item(order(buyer, "2026-11-20 09:00:00", 1));
  try {
    market::submit_quote(db(), supplier, it, {"0", "统货", ""}, "2026-11-20 10:00:00", 5);
    FAIL();
  } catch (const core::BadRequest& e) {
    EXPECT_EQ(e.field, "price");
  }
  try {
    market::submit_quote(db(), supplier, it, {"12", "  ", ""}, "2026-11-20 10:00:00", 5);
    FAIL();
  } catch (const core::BadRequest& e) {
    EXPECT_EQ(e.field, "quality");
  }
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM quote WHERE item_id = ?", it).one().i64(0), 0);
}

TEST_F(MarketQuoteRules, ReplyTwiceIsConflictAndAcceptingKeepsItemOpen) {
  long long buyer = user("两次回复采购商"), supplier = user("两次回复供应商");
  long long it = item(order(buyer, "2026-11-20 09:00:00", 1));
  long long q = market::submit_quote(db(), supplier, it, in, "2026-11-20 10:00:00", 5);
  market::reply(db(), buyer, {q}, {"accept", {}, ""}, "2026-11-20 11:00:00");
  EXPECT_THROW(market::reply(db(), buyer, {q}, {"reject", {"price"}, ""}, "2026-11-20 11:00:00"),
               core::Conflict);
  EXPECT_EQ(db().query("SELECT status FROM purchase_item WHERE id = ?", it).one().i64(0), 1);
  EXPECT_THROW(market::reply(db(), buyer, {q}, {"maybe", {}, ""}, "2026-11-20 11:00:00"),
               core::BadRequest);
}
