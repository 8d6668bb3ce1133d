// The outbox: every push and event message is a row with a unique idempotency key. Waiting
// rows that are due are handed to the queue in batches; a worker claims a batch's rows, applies
// the courtesy rules at the moment of sending, sends through a Sender, and records the answer.
// A worker that dies mid-batch leaves its rows claimed until their lease ends; they are then
// sent again under the same keys, which the provider drops if it already has them.
#pragma once
#include <ctime>
#include <string>
#include <vector>

#include "db/connection.h"
#include "push/policy.h"
#include "sms/gateway.h"

namespace push {

// One message as a sender sees it.
struct Outgoing {
  long long id = 0;
  std::string channel, address, tpl, data, key;
};

// Where messages go: the SMS gateway's batch call and the WeChat template API in production.
class Sender {
 public:
  virtual ~Sender() = default;
  // One result per message; throws when the whole batch failed.
  virtual std::vector<sms::Sent> sms(const std::vector<sms::Message>& batch) = 0;
  virtual sms::Sent wechat(const Outgoing& m) = 0;
};
// The configured SMS gateway and WeChat API (access token cached in Redis).
Sender& default_sender();

// First writes the outbox rows of large rounds that lack some (one outbox_chunk at most,
// lib/push/round_outbox.h). Then marks the due rows queued and returns their ids in batches
// of policy.batch: waiting rows
// whose next_try_at has come, claimed rows whose lease ran out (their worker died), and rows
// queued long ago whose queue entry was lost. Several daemons may call it at once (SKIP LOCKED).
std::vector<std::vector<long long>> take_due(db::Connection& db, const Policy& p, std::time_t now,
                                             int max_rows = 2000);

struct Delivery {
  int sent = 0, failed = 0, retry = 0, deferred = 0, dropped = 0, skipped = 0;
};
// Sends the rows `ids` that are still to be sent (others are skipped: a replayed queue entry
// sends nothing twice). Marketing SMS wait out quiet hours and the daily cap; opted-out numbers
// are dropped; failures wait tries-doubled backoff, and are given up after max_tries.
Delivery deliver(db::Connection& db, const Policy& p, Sender& sender,
                 const std::vector<long long>& ids, std::time_t now);

// Adds an event message (quote events) to the outbox; nothing when the key exists already.
// Returns the row id, or 0 when it was there.
long long add_event(db::Connection& db, const Policy& p, const std::string& channel,
                    const std::string& address, const std::string& tpl, const std::string& data,
                    const std::string& key, std::time_t now);

}  // namespace push
