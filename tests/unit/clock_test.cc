#include "core/clock.h"

#include <gtest/gtest.h>

TEST(Clock, ValidDateAcceptsRealDaysOnly) {
  EXPECT_TRUE(core::valid_date("2026-11-22"));
  EXPECT_TRUE(core::valid_date("2024-02-29"));
  EXPECT_FALSE(core::valid_date("2026-02-29"));
  EXPECT_FALSE(core::valid_date("2026-13-01"));
  EXPECT_FALSE(core::valid_date("2026-1-01"));
  EXPECT_FALSE(core::valid_date("2026-11-22x"));
  EXPECT_FALSE(core::valid_date(""));
}

TEST(Clock, AddDaysCrossesMonthsAndYears) {
  EXPECT_EQ(core::add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(core::add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(core::add_days("2026-11-22", 30), "2026-12-22");
}

TEST(Clock, BusinessZoneIsShanghai) {
  // 2026-11-21 16:30 UTC is already the 22nd in Shanghai.
  EXPECT_EQ(core::date_of(1795278600), "2026-11-22");
  EXPECT_EQ(core::utc_offset(), "+08:00");
}
