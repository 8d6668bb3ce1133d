// A round's outbox rows (one per recipient, key "p-<token>"), written a chunk of
// Policy::outbox_chunk at a time: the round's own transaction writes the first chunk and the
// daemon the rest as it dispatches (take_due), so a round to 100 000 followers commits in
// seconds and its messages are written as they go out. push_round.outbox_upto (the last
// recipient id with its row) and outboxed (all have one) change in the transaction that writes
// the rows: a crash repeats none and loses none, and two daemons never write one chunk twice
// (the round's row is locked, and the key is unique).
#pragma once
#include <ctime>

#include "db/connection.h"
#include "push/policy.h"

namespace push {

// Writes the outbox rows of the next at most `max_rows` recipients of round `round_id` after
// recipient id `after`, in the caller's transaction, which holds the round's row; returns how
// many. SMS rows wait for the end of quiet hours.
int write_round_outbox(db::Connection& db, const Policy& p, long long round_id, bool sms,
                       long long after, std::time_t now, int max_rows);

// Writes at most `max_rows` outbox rows of the rounds that lack some, oldest round first, in
// its own transaction (rounds another daemon is writing are skipped); returns how many.
int write_pending_outbox(db::Connection& db, const Policy& p, std::time_t now, int max_rows);

}  // namespace push
