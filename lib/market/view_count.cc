#include "market/view_count.h"

#include <algorithm>
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "core/token.h"
#include "db/transact.h"

namespace market {
namespace {

// KEYS[1] pending counts (hash), KEYS[2] the batch timer. Returns {pending views of the item,
// 1 when this caller should write the batch}.
constexpr const char* kCountView = R"lua(
local n = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
local due = redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) and 1 or 0
return {n, due}
)lua";

// KEYS[1] a batch that could not be written, KEYS[2] the pending counts it goes back to.
constexpr const char* kReturnBatch = R"lua(
local kv = redis.call('HGETALL', KEYS[1])
for i = 1, #kv, 2 do redis.call('HINCRBY', KEYS[2], kv[i], kv[i + 1]) end
redis.call('DEL', KEYS[1])
return #kv / 2
)lua";

}  // namespace

long long count_view(db::Connection& db, redis::Client& r, long long item_id) {
  redis::Value v;
  try {
    v = r.cmd({"EVAL", kCountView, "2", r.key("market:views"), r.key("market:views:timer"),
               std::to_string(item_id), std::to_string(kViewFlushSeconds)});
  } catch (const std::exception&) {
    db.query("UPDATE purchase_item SET views = views + 1 WHERE id = ?", item_id);
    return 0;
  }
  if (v.items.size() != 2) return 0;
  // The caller read the stored count before this call, so it still lacks these views even
  // when they are written right now.
  if (v.items[1].num == 1) {
    try {
      flush_views(db, r);
    } catch (const std::exception&) {
      // The batch went back to Redis; the next one (kViewFlushSeconds on) writes it.
    }
  }
  return v.items[0].num;
}

std::optional<long long> count_beacon_view(db::Connection& db, redis::Client& r,
                                           long long item_id) {
  auto rows = db.query("SELECT views FROM purchase_item WHERE id = ?", item_id);
  if (rows.rows.empty()) return std::nullopt;
  long long stored = rows.one().i64(0);
  return stored + count_view(db, r, item_id);
}

int flush_views(db::Connection& db, redis::Client& r) {
  // The counts move to a key of this batch alone: views counted from here on start a new
  // hash, and nothing counted is written twice.
  std::string batch = r.key("market:views:batch:" + core::random_hex(8));
  try {
    r.cmd({"RENAME", r.key("market:views"), batch});
  } catch (const std::exception&) {
    return 0;  // no pending views (or Redis is down)
  }
  auto all = r.cmd({"HGETALL", batch});
  std::vector<std::pair<long long, long long>> counts;  // item id, views
  for (size_t i = 0; i + 1 < all.items.size(); i += 2)
    counts.emplace_back(std::stoll(all.items[i].str), std::stoll(all.items[i + 1].str));
  std::sort(counts.begin(), counts.end());  // rows locked in one order by every writer
  try {
    db::transact(db, [&](db::Transaction& tx) {
      for (const auto& [id, n] : counts)
        db.query("UPDATE purchase_item SET views = views + ? WHERE id = ?", n, id);
      // The batch goes once its counts are stored, not before (nor when a caller's
      // transaction around this one rolls back). A failing DEL leaves a key nobody reads; it
      // must not reach the catch below, which would count the stored views again.
      db.after_commit([&r, batch] {
        try {
          r.cmd({"DEL", batch});
        } catch (const std::exception&) {
        }
      });
      tx.commit();
    });
  } catch (const std::exception&) {
    r.cmd({"EVAL", kReturnBatch, "2", batch, r.key("market:views")});
    throw;
  }
  return static_cast<int>(counts.size());
}

}  // namespace market
