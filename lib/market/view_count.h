// Views of item pages: counted in Redis (one call per view) and written to
// purchase_item.views in batches, so a page view costs no database write.
#pragma once
#include <optional>

#include "db/connection.h"
#include "redis/client.h"

namespace market {

// Seconds between two batches at most (one request per interval writes the batch).
inline constexpr int kViewFlushSeconds = 10;

// Counts one view of `item_id` and returns the views not in the database when the caller read
// the item (the page adds them to the stored count). Every kViewFlushSeconds one caller also
// writes the batch. When Redis is down the view goes straight to the database, returning 0.
long long count_view(db::Connection& db, redis::Client& r, long long item_id);

// The view beacon of an item page kept as a copy for visitors without a session (nginx serves
// the copy, so the page's program never sees that view): counts it and returns the item's
// views with it, or nullopt when there is no such item.
std::optional<long long> count_beacon_view(db::Connection& db, redis::Client& r, long long item_id);

// Writes every pending count into purchase_item in one transaction; returns the number of
// items updated. Counts that arrive meanwhile wait for the next batch.
int flush_views(db::Connection& db, redis::Client& r);

}  // namespace market
