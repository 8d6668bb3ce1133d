// Transactions that the server may refuse as a whole. On a Galera cluster two hosts writing
// the same rows through different nodes both pass their statements; at COMMIT one of them
// loses certification and gets a deadlock error, although nothing was wrong with it. InnoDB
// does the same to a deadlock victim on one server. Either way nothing of the transaction
// stayed, so the right answer is to run it again from its first statement.
#pragma once
#include <type_traits>
#include <utility>

#include "core/error.h"
#include "db/connection.h"
#include "db/error.h"

namespace db {

// The server gave up this transaction as a whole: ER_LOCK_DEADLOCK (an InnoDB deadlock victim,
// or on Galera a write set that lost certification to another node's, reported at COMMIT) or
// ER_LOCK_WAIT_TIMEOUT. Nothing of it stays; running it again from the start may succeed.
struct Deadlock : Error {
  using Error::Error;
};
// The connection died: the server went away or killed it, or a Galera node left the cluster's
// primary component (it answers WSREP "not prepared", ER_UNKNOWN_COM_ERROR). A 503 when it
// reaches the edge. The next statement opens a fresh connection, to another node first.
struct Lost : core::Unavailable {
  Lost() = default;
};

// Attempts of one outermost transaction before its refusal reaches the caller.
inline constexpr int kTransactTries = 5;

// Sleeps a random few milliseconds, longer after each refused attempt, so that the two losers
// of a conflict do not meet again at once.
void pause_before_retry(int attempt);

// How a transaction reads. REPEATABLE READ is the server's default. Under it an INSERT ...
// SELECT share-locks every row it reads until the end of the transaction; under READ
// COMMITTED it reads like a plain SELECT (a consistent read of committed rows, no locks), so
// a statement that copies many rows does not hold up the writers of the rows it read.
enum class Isolation { repeatable_read, read_committed };

// Runs f(tx) in a transaction; f commits with tx.commit(), and returning (or throwing) without
// it rolls everything back. When this is the outermost transaction and the server refuses it
// (db::Deadlock), or the connection dies before COMMIT is sent (db::Lost: the node left; the
// next attempt opens a connection to another one), f runs again, whole, up to kTransactTries
// times. f must therefore keep its effects in the database, or in after_commit() callbacks,
// which run once, after the attempt that committed. Inside a caller's transaction f runs in a
// savepoint and a refusal goes up to the caller's db::transact, which retries the whole.
// `iso` is each attempt's isolation; inside a caller's transaction the caller's holds.
template <class F>
std::invoke_result_t<F&, Transaction&> transact(Connection& c, Isolation iso, F&& f) {
  if (c.in_transaction()) {
    Transaction tx(c);
    return f(tx);
  }
  for (int attempt = 1;; ++attempt) {
    try {
      // Without SESSION it holds for the next transaction only.
      if (iso == Isolation::read_committed)
        c.exec("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      Transaction tx(c);
      return f(tx);
    } catch (const Deadlock&) {
      if (attempt >= kTransactTries) throw;
    } catch (const Lost&) {
      if (attempt >= kTransactTries) throw;
    }
    pause_before_retry(attempt);
  }
}

template <class F>
std::invoke_result_t<F&, Transaction&> transact(Connection& c, F&& f) {
  return transact(c, Isolation::repeatable_read, std::forward<F>(f));
}

}  // namespace db
