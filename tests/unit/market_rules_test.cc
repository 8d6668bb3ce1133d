// Marketplace rules that need no database: derived states, money, quota weeks.
#include <gtest/gtest.h>

#include "market/clock.h"
#include "market/money.h"
#include "market/purchase.h"
#include "market/status.h"

using market::derive;
using market::State;

TEST(MarketStatus, OpenItemShowsDaysLeftRoundedUp) {
  auto s = derive(1, std::string("2026-03-10 12:00:00"), "2026-03-03 13:00:00");
  EXPECT_EQ(s.state, State::Open);
  EXPECT_EQ(s.label, "等待报价（剩余7天）");
  EXPECT_EQ(derive(1, std::string("2026-03-10 12:00:00"), "2026-03-10 11:00:00").label,
            "等待报价（剩余1天）");
}

TEST(MarketStatus, NoDeadlineIsStandingPurchase) {
  auto s = derive(1, std::nullopt, "2026-03-03 13:00:00");
  EXPECT_EQ(s.label, "常年采购");
  EXPECT_TRUE(s.quotable());
}

TEST(MarketStatus, DeadlinePassedIsEndedAndNotQuotable) {
  auto s = derive(1, std::string("2026-03-03 12:00:00"), "2026-03-03 12:00:00");
  EXPECT_EQ(s.label, "报价结束");
  EXPECT_FALSE(s.quotable());
}

TEST(MarketStatus, StoredSuccessAndClosedWinOverDeadline) {
  EXPECT_EQ(derive(3, std::nullopt, "2026-03-03 12:00:00").label, "采购成功");
  EXPECT_EQ(derive(0, std::string("2030-01-01 00:00:00"), "2026-03-03 12:00:00").label, "关闭");
  EXPECT_FALSE(derive(0, std::nullopt, "2026-03-03 12:00:00").quotable());
}

TEST(MarketMoney, AmountsAreValidatedAndComparedNumerically) {
  EXPECT_TRUE(market::valid_amount("12.5", 8));
  EXPECT_TRUE(market::valid_amount("0.01", 8));
  EXPECT_FALSE(market::valid_amount("0", 8));
  EXPECT_FALSE(market::valid_amount("-3", 8));
  EXPECT_FALSE(market::valid_amount("1.234", 8));
  EXPECT_FALSE(market::valid_amount("1e3", 8));
  EXPECT_FALSE(market::valid_amount("123456789", 8));
  EXPECT_TRUE(market::less_amount("9.50", "10.00")) << "not a string comparison";
  EXPECT_FALSE(market::less_amount("10.00", "9.50"));
}

// The audit's crash: std::regex recursed once per character of a ~27 000-digit quantity.
TEST(MarketMoney, HugeAmountsAreRefusedWithoutAPattern) {
  EXPECT_FALSE(market::valid_amount(std::string(1 << 20, '1'), 10));
  EXPECT_FALSE(market::valid_amount("1." + std::string(1 << 20, '5'), 10));
  EXPECT_TRUE(market::valid_amount("000000001.50", 1)) << "leading zeros are not digits";
  EXPECT_FALSE(market::valid_amount("1.", 8));
  EXPECT_FALSE(market::valid_amount(".5", 8));
  EXPECT_FALSE(market::valid_amount("1.2.3", 8));
  EXPECT_FALSE(market::valid_amount("", 8));
}

TEST(MarketPurchaseForm, ItemFieldNamesAreSplitAndEverythingElseRefused) {
  auto f = market::item_field_name("items[12][quantity]");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->slot, 12);
  EXPECT_EQ(f->field, "quantity");
  auto a = market::item_field_name("items[0][photo_remove][]");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->field, "photo_remove");
  for (std::string bad : {"items[1234][variety]", "items[][variety]", "items[1][Variety]",
                          "items[1][]", "items[1]variety]", "item[1][variety]", "items[1][variety",
                          "items[a][variety]", "items[1][variety]x"})
    EXPECT_FALSE(market::item_field_name(bad)) << bad;
  EXPECT_FALSE(market::item_field_name("items[1][" + std::string(1 << 20, 'a') + "]"));
}

TEST(MarketMoney, PricesArePerKiloWhenQuantityIsInTons) {
  EXPECT_EQ(market::price_text("32.50", "吨"), "¥32.5/公斤");
  EXPECT_EQ(market::price_text("32.00", "公斤"), "¥32/公斤");
  EXPECT_EQ(market::price_text("", "吨"), "面议");
}

TEST(MarketClock, QuotaWeekStartsOnMonday) {
  EXPECT_EQ(market::week_start("2026-11-22"), "2026-11-16");  // Sunday
  EXPECT_EQ(market::week_start("2026-11-23"), "2026-11-23");  // Monday
  EXPECT_EQ(market::week_start("2026-11-25"), "2026-11-23");
}
