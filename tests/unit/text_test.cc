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

TEST(Text, DigitsChecksLengthAndEveryByte) {
  EXPECT_TRUE(core::digits("0123", 4, 4));
  EXPECT_FALSE(core::digits("012", 4, 4));
  EXPECT_FALSE(core::digits("12a4", 1, 10));
  EXPECT_FALSE(core::digits("", 0 + 1, 3));
  EXPECT_FALSE(core::digits(std::string(1 << 20, '1')));
  EXPECT_FALSE(core::digits("１２", 1, 10)) << "full-width digits are not digits";
}

TEST(Text, ValidUtf8AcceptsChineseAndEmojiRefusesBrokenBytes) {
  EXPECT_TRUE(core::valid_utf8("当归 abc 🌿"));
  EXPECT_TRUE(core::valid_utf8(""));
  EXPECT_FALSE(core::valid_utf8("\xff"));
  EXPECT_FALSE(core::valid_utf8("\xe5\xbd"));          // cut short
  EXPECT_FALSE(core::valid_utf8("\xc0\xaf"));          // overlong "/"
  EXPECT_FALSE(core::valid_utf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(core::valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(
      core::valid_utf8("a\x80"
                       "b"));
}
