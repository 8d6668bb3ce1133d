// Counts kept per process until the next marketplace write (market/count_cache.h).
#include <gtest/gtest.h>

#include "market/count_cache.h"
#include "redis/client.h"

TEST(MarketCountCache, CountedOnceUntilTheNextWrite) {
  auto& r = redis::local();
  int calls = 0;
  auto count = [&] { return static_cast<long long>(++calls * 100); };
  EXPECT_EQ(market::cached_count(r, "test-count-a", count), 100);
  EXPECT_EQ(market::cached_count(r, "test-count-a", count), 100);
  EXPECT_EQ(calls, 1) << "the second call is served from the cache";
  EXPECT_EQ(market::cached_count(r, "test-count-b", count), 200) << "another key counts";
  market::counts_changed(r);
  EXPECT_EQ(market::cached_count(r, "test-count-a", count), 300) << "a write makes it stale";
  EXPECT_EQ(calls, 3);
}
