#include "core/text.h"

#include <gtest/gtest.h>

TEST(Text, TrimRemovesSpacesTabsAndLineBreaksAtBothEnds) {
  EXPECT_EQ(core::trim("  当归 \t\r\n"), "当归");
  EXPECT_EQ(core::trim("a b"), "a b");
  EXPECT_EQ(core::trim(" \n\t "), "");
  EXPECT_EQ(core::trim(""), "");
}

TEST(Text, CharCountCountsCodePointsNotBytes) {
  EXPECT_EQ(core::char_count("当归"), 2u);
  EXPECT_EQ(core::char_count("abc"), 3u);
  EXPECT_EQ(core::char_count("🌿x"), 2u);
  EXPECT_EQ(core::char_count(""), 0u);
}
