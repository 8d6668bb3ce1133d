// The push queue: one Redis Stream read by a consumer group, so several daemons share the
// work, each entry is acknowledged once done, and a dead daemon's pending entries are taken
// over (XAUTOCLAIM) by another. Entries are small and parsed by pure functions:
//   t=round item=<id> reason=<publish|admin|review>   make the item's next rounds
//   t=send ids=<id,id,...>                             send these outbox rows
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"
#include "redis/client.h"

namespace push {

struct Entry {
  std::string id;    // the stream entry id
  std::string type;  // "round" or "send"
  long long item = 0;
  std::string reason;
  std::vector<long long> ids;
};

// The entry's fields (name, value, name, value...); throws std::invalid_argument when they
// are not a well-formed entry (it is then acknowledged and dropped).
Entry parse_entry(const std::string& id, const std::vector<std::string>& fields);
std::vector<std::string> round_fields(long long item_id, const std::string& reason);
std::vector<std::string> send_fields(const std::vector<long long>& ids);

class Queue {
 public:
  explicit Queue(redis::Client& r) : r_(r) {}
  std::string stream() const { return r_.key("push:stream"); }
  static constexpr const char* kGroup = "pushd";
  // Creates the stream and the group when missing.
  void ensure_group();
  std::string add(const std::vector<std::string>& fields);
  // New entries for `consumer` (BLOCK up to block_ms); "0" as `from` re-reads its own pending.
  std::vector<Entry> read(const std::string& consumer, int count, int block_ms,
                          const std::string& from = ">");
  // Entries pending longer than min_idle_ms with any consumer, now this consumer's.
  std::vector<Entry> reclaim(const std::string& consumer, long min_idle_ms, int count);
  // Acknowledges and deletes the entry.
  void done(const std::string& id);
  // Entries delivered and not yet acknowledged (the admin page and tests).
  long long pending();

 private:
  redis::Client& r_;
};

// Queues the item's next push rounds; the publish request does nothing else for pushing.
void enqueue_item(redis::Client& r, long long item_id, const std::string& reason);
// Queues every open item of a just published order. A queue that cannot be reached does not
// undo the order: the failure is logged to stderr and publishing succeeds.
void enqueue_published(db::Connection& db, redis::Client& r, long long purchase_id);

}  // namespace push
