// Counts the marketplace pages show (the home totals, how many items match a filter, a
// buyer's statistics) are the costly part of rendering them: each is a scan of thousands of
// rows, while the rows a page lists come from an index. They are kept per process until the next
// marketplace write (a Redis generation lists_changed() raises after its commit) and at most
// kCountSeconds, for what only time changes (items whose deadline passes change state).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "redis/client.h"

namespace market {

inline constexpr int kCountSeconds = 10;

// The count named `key` (whatever identifies the query and its values), from this process's
// cache or else from `count()`. Without Redis every call counts.
long long cached_count(redis::Client& r, const std::string& key,
                       const std::function<long long()>& count);
// The same for a query that counts several things at once.
std::vector<long long> cached_counts(redis::Client& r, const std::string& key,
                                     const std::function<std::vector<long long>()>& count);

// Raises the generation: every cached count is stale from now on.
void counts_changed(redis::Client& r);

}  // namespace market
