// Push queue entries are parsed by pure functions: what the daemon accepts and what it drops.
#include <gtest/gtest.h>

#include "push/queue.h"
#include "push/track.h"

TEST(PushQueue, RoundEntryRoundTrips) {
  auto e = push::parse_entry("1-0", push::round_fields(42, "publish"));
  EXPECT_EQ(e.type, "round");
  EXPECT_EQ(e.item, 42);
  EXPECT_EQ(e.reason, "publish");
}

TEST(PushQueue, SendEntryRoundTrips) {
  auto e = push::parse_entry("1-1", push::send_fields({3, 5, 8}));
  EXPECT_EQ(e.type, "send");
  EXPECT_EQ(e.ids, (std::vector<long long>{3, 5, 8}));
}

TEST(PushQueue, MalformedEntriesAreRefused) {
  using V = std::vector<std::string>;
  for (const auto& f : {V{}, V{"t"}, V{"t", "round", "item", "x", "reason", "publish"},
                        V{"t", "round", "item", "0", "reason", "publish"},
                        V{"t", "round", "item", "7", "reason", "spam"}, V{"t", "send", "ids", ""},
                        V{"t", "send", "ids", "1,,2"}, V{"t", "send", "ids", "1,-2"},
                        V{"t", "send", "ids", "99999999999999999999"}, V{"t", "drop", "ids", "1"}})
    EXPECT_THROW(push::parse_entry("1-2", f), std::invalid_argument) << testing::PrintToString(f);
}

TEST(PushVisit, SessionValueRoundTripsAndBadValuesAreIgnored) {
  push::Visit v{12, 34};
  auto back = push::Visit::parse(v.value());
  ASSERT_TRUE(back);
  EXPECT_EQ(back->recipient_id, 12);
  EXPECT_EQ(back->item_id, 34);
  for (const char* bad : {"", ":", "1:", ":2", "a:1", "1:2:3", "1234567890123456789:1", "-1:2"})
    EXPECT_FALSE(push::Visit::parse(bad)) << bad;
}

TEST(PushVisit, TokensAre32LowercaseHexDigits) {
  EXPECT_TRUE(push::valid_token("0123456789abcdef0123456789abcdef"));
  EXPECT_FALSE(push::valid_token("0123456789ABCDEF0123456789abcdef"));
  EXPECT_FALSE(push::valid_token("0123456789abcdef0123456789abcde"));
  EXPECT_FALSE(push::valid_token("../../etc/passwd"));
}
