// lib/db against a real MariaDB: binds, NULLs, long values, transactions, keys, reconnects.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <stdexcept>
#include <thread>

#include "core/error.h"
#include "db/connection.h"
#include "db/error.h"
#include "db/in_list.h"
#include "db/transact.h"
#include "tests/support/stack.h"

class Db : public testenv::DbTest {
 protected:
  void SetUp() override {
    db().exec(
        "CREATE TABLE IF NOT EXISTS t (id INT AUTO_INCREMENT PRIMARY KEY,"
        " k VARCHAR(64) UNIQUE, txt MEDIUMTEXT, n DECIMAL(12,2), at DATETIME)");
    db().exec("DELETE FROM t");
  }
};

TEST_F(Db, TypedBindsRoundTripUtf8mb4AndNull) {
  auto ins = db().query("INSERT INTO t (k, txt, n, at) VALUES (?, ?, ?, ?)", "a", "当归 🌿 <b>",
                        "12.50", nullptr);
  EXPECT_EQ(ins.affected, 1u);
  EXPECT_GT(ins.insert_id, 0u);
  auto r = db().query("SELECT k, txt, n, at, id FROM t WHERE k = ?", std::string("a"));
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.one().str(1), "当归 🌿 <b>");
  EXPECT_EQ(r.one().str(2), "12.50");
  EXPECT_TRUE(r.one().null(3));
  EXPECT_EQ(r.one().i64(4), static_cast<long long>(ins.insert_id));
}

TEST_F(Db, InjectionTextIsJustData) {
  db().query("INSERT INTO t (k, txt) VALUES (?, ?)", "x'); DROP TABLE t; --", "v");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM t WHERE k = ?", "x'); DROP TABLE t; --").one().i64(0),
            1);
}

TEST_F(Db, LongValuesComeBackWhole) {
  std::string big(300000, 'x');
  db().query("INSERT INTO t (k, txt) VALUES (?, ?)", "big", big);
  EXPECT_EQ(db().query("SELECT txt FROM t WHERE k = 'big'").one().str(0), big);
}

TEST_F(Db, DuplicateKeyHasItsOwnType) {
  db().query("INSERT INTO t (k) VALUES (?)", "dup");
  EXPECT_THROW(db().query("INSERT INTO t (k) VALUES (?)", "dup"), db::DuplicateKey);
}

TEST_F(Db, TransactionRollsBackWhenScopeEndsWithoutCommit) {
  try {
    db::Transaction tx(db());
    db().query("INSERT INTO t (k) VALUES (?)", "one");
    db().query("INSERT INTO t (k) VALUES (?)", "one");  // throws
    tx.commit();
  } catch (const db::DuplicateKey&) {
  }
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM t").one().i64(0), 0);
  EXPECT_FALSE(db().in_transaction());
}

TEST_F(Db, KilledConnectionIsReopenedOnNextStatement) {
  auto id = db().query("SELECT CONNECTION_ID()").one().i64(0);
  {
    db::Connection other(db().settings());
    other.query("KILL CONNECTION ?", id);
  }
  auto again = db().query("SELECT CONNECTION_ID()").one().i64(0);
  EXPECT_NE(again, id);
}

TEST_F(Db, InListRunsInChunksAndCountsEachRowOnce) {
  for (int i = 0; i < 1300; ++i)
    db().query("INSERT INTO t (k, n) VALUES (?, 0)", "k" + std::to_string(i));
  std::vector<std::string> keys;  // 1 301: two full chunks and a third of 277, padded
  for (int i = 0; i < 1300; ++i) keys.push_back("k" + std::to_string(i));
  keys.push_back("absent");
  auto r = db::each_in(db(), "UPDATE t SET n = n + ? WHERE k IN ", {1}, db::params_of(keys));
  EXPECT_EQ(r.affected, 1300u);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM t WHERE n = 1").one().i64(0), 1300);
  auto rows =
      db::each_in(db(), "SELECT k FROM t WHERE n = ? AND k IN ", {1},
                  db::params_of(std::vector<std::string>{"k7", "k1299", "nope"}), " ORDER BY k");
  ASSERT_EQ(rows.rows.size(), 2u);
  EXPECT_EQ(rows.rows[0].str(0), "k1299");
  EXPECT_EQ(rows.rows[1].str(0), "k7");
  EXPECT_EQ(db::each_in(db(), "DELETE FROM t WHERE k IN ", {}, {}).affected, 0u);
}

TEST_F(Db, EachRowsInsertsEveryRowOnceInPowerOfTwoChunks) {
  std::vector<db::Param> values;  // 1 000 rows: 256 + 256 + 256 + 128 + 64 + 32 + 8
  for (int i = 0; i < 1000; ++i) {
    values.emplace_back("r" + std::to_string(i));
    values.emplace_back(i);
  }
  auto r = db::each_rows(db(), "INSERT INTO t (k, n) VALUES ", 2, values);
  EXPECT_EQ(r.affected, 1000u);
  EXPECT_EQ(db().query("SELECT CAST(SUM(n) AS SIGNED) FROM t WHERE k LIKE 'r%'").one().i64(0),
            499500);
  EXPECT_EQ(db().query("SELECT CAST(n AS SIGNED) FROM t WHERE k = 'r999'").one().i64(0), 999);
  // The tail applies to every chunk: here, a second pass over the same keys.
  db::each_rows(db(), "INSERT INTO t (k, n) VALUES ", 2, values,
                " ON DUPLICATE KEY UPDATE n = n + VALUES(n)");
  EXPECT_EQ(db().query("SELECT CAST(n AS SIGNED) FROM t WHERE k = 'r999'").one().i64(0), 1998);
  EXPECT_EQ(db::each_rows(db(), "INSERT INTO t (k, n) VALUES ", 2, {}).affected, 0u);
  EXPECT_THROW(db::each_rows(db(), "INSERT INTO t (k, n) VALUES ", 2, {"odd"}),
               std::invalid_argument);
}

TEST_F(Db, WrongParameterCountIsAnError) { EXPECT_THROW(db().query("SELECT ? + ?", 1), db::Error); }

TEST_F(Db, SessionTimeZoneIsBusinessZone) {
  EXPECT_EQ(db().query("SELECT @@session.time_zone").one().str(0), "+08:00");
}

TEST_F(Db, AfterCommitRunsOnceTheTransactionCommitsAndNeverAfterARollback) {
  int ran = 0;
  {
    db::Transaction tx(db());
    db().query("INSERT INTO t (k) VALUES (?)", "after-commit");
    db().after_commit([&] {
      // The committed row is what a reader sees by now.
      ++ran;
    });
    EXPECT_EQ(ran, 0) << "not before the commit";
    tx.commit();
  }
  EXPECT_EQ(ran, 1);
  {
    db::Transaction tx(db());
    db().after_commit([&] { ++ran; });
  }  // rolled back
  EXPECT_EQ(ran, 1);
  db::Transaction tx(db());
  tx.commit();
  EXPECT_EQ(ran, 1) << "a rolled-back transaction's callbacks are gone for good";
  db().after_commit([&] { ++ran; });
  EXPECT_EQ(ran, 2) << "outside a transaction: at once";
}

TEST_F(Db, AKeyedAfterCommitRunsOncePerTransactionAndOutlivesTheSavepointThatAskedFirst) {
  int ran = 0;
  {
    db::Transaction outer(db());
    try {
      db::Transaction failed(db());
      db().after_commit("k", [&] { ++ran; });  // asked first, inside a savepoint
      db().query("INSERT INTO t (k) VALUES (?)", "a");
      db().after_commit("k", [&] { ran += 100; });      // the same key: merged, never added
      db().query("INSERT INTO t (k) VALUES (?)", "a");  // throws
      failed.commit();
    } catch (const db::DuplicateKey&) {
    }
    EXPECT_EQ(ran, 0);
    outer.commit();
  }
  EXPECT_EQ(ran, 0) << "only the rolled-back savepoint asked";
  {
    db::Transaction outer(db());
    {
      db::Transaction inner(db());
      db().after_commit("k", [&] { ++ran; });
      inner.commit();
    }
    db().after_commit("k", [&] { ran += 100; });
    db().after_commit("other", [&] { ran += 10; });
    try {
      db::Transaction failed(db());
      db().after_commit("k", [&] { ran += 1000; });
      throw std::runtime_error("rolled back");
    } catch (const std::runtime_error&) {
    }
    outer.commit();
  }
  EXPECT_EQ(ran, 11) << "once for key k (the first callback), once for the other key";
  {
    db::Transaction outer(db());
    try {
      db::Transaction failed(db());
      db().after_commit("k", [&] { ++ran; });
      db().after_commit("k", [&] { ran += 100; });
      throw std::runtime_error("rolled back");
    } catch (const std::runtime_error&) {
    }
    db().after_commit("k", [&] { ran += 1000; });
    outer.commit();
  }
  EXPECT_EQ(ran, 1011) << "a key first asked in a rolled-back savepoint is asked afresh after";
  db().after_commit("k", [&] { ++ran; });
  EXPECT_EQ(ran, 1012) << "outside a transaction: at once";
}

TEST_F(Db, ATransactionInsideATransactionIsASavepoint) {
  int ran = 0;
  {
    db::Transaction outer(db());
    db().query("INSERT INTO t (k) VALUES (?)", "outer");
    {
      db::Transaction kept(db());
      db().query("INSERT INTO t (k) VALUES (?)", "kept");
      db().after_commit([&] { ++ran; });
      kept.commit();
    }
    try {
      db::Transaction failed(db());
      db().query("INSERT INTO t (k) VALUES (?)", "dropped");
      db().after_commit([&] { ran += 100; });
      db().query("INSERT INTO t (k) VALUES (?)", "outer");  // throws: only this savepoint goes
      failed.commit();
    } catch (const db::DuplicateKey&) {
    }
    EXPECT_TRUE(db().in_transaction()) << "the outer transaction is still open";
    EXPECT_EQ(ran, 0) << "nothing runs before the outer commit";
    outer.commit();
  }
  EXPECT_FALSE(db().in_transaction());
  EXPECT_EQ(ran, 1) << "the released savepoint's callback ran, the rolled-back one's did not";
  auto rows = db().query("SELECT k FROM t ORDER BY id");
  ASSERT_EQ(rows.rows.size(), 2u);
  EXPECT_EQ(rows.rows[0].str(0), "outer");
  EXPECT_EQ(rows.rows[1].str(0), "kept");
}

// Two transactions that lock rows 1 and 2 in opposite orders: InnoDB rolls one of them back
// with ER_LOCK_DEADLOCK (as Galera does to the loser of a certification conflict), and
// db::transact runs that one again, whole. Both end committed once, callbacks included.
TEST_F(Db, TransactRunsADeadlockVictimAgainAndItsCallbacksOnce) {
  db().query("INSERT INTO t (id, k, n) VALUES (1, 'row1', 0), (2, 'row2', 0)");
  db::Connection other(db().settings());
  std::promise<void> a_locked, b_locked;
  auto a_ready = a_locked.get_future().share(), b_ready = b_locked.get_future().share();
  std::atomic<int> attempts{0}, committed{0};
  auto side = [&](db::Connection& c, int first, int second, std::promise<void>& mine,
                  std::shared_future<void> theirs) {
    bool waited = false;
    db::transact(c, [&](db::Transaction& tx) {
      ++attempts;
      c.query("UPDATE t SET n = n + 1 WHERE id = ?", first);
      if (!waited) {  // only the first attempt meets the other side
        waited = true;
        mine.set_value();
        theirs.wait();
      }
      c.query("UPDATE t SET n = n + 1 WHERE id = ?", second);
      c.after_commit([&] { ++committed; });
      tx.commit();
    });
  };
  std::thread b([&] { side(other, 2, 1, b_locked, a_ready); });
  side(db(), 1, 2, a_locked, b_ready);
  b.join();
  EXPECT_EQ(attempts.load(), 3) << "two first attempts, one of them refused and run again";
  EXPECT_EQ(committed.load(), 2) << "each side's after_commit ran once";
  auto rows = db().query("SELECT n FROM t WHERE id IN (1, 2) ORDER BY id");
  EXPECT_EQ(rows.rows[0].i64(0), 2);
  EXPECT_EQ(rows.rows[1].i64(0), 2);
  EXPECT_FALSE(db().in_transaction());
}

// A transaction whose connection dies before COMMIT (a Galera node killed) runs again on a
// fresh connection; its rows are there once.
TEST_F(Db, TransactRunsATransactionAgainWhenItsConnectionDiesBeforeCommit) {
  int attempts = 0;
  db::transact(db(), [&](db::Transaction& tx) {
    ++attempts;
    db().query("INSERT INTO t (k) VALUES (?)", "lost-" + std::to_string(attempts));
    if (attempts == 1) {
      auto id = db().query("SELECT CONNECTION_ID()").one().i64(0);
      db::Connection killer(db().settings());
      killer.query("KILL CONNECTION ?", id);
    }
    db().query("INSERT INTO t (k) VALUES (?)", "second-" + std::to_string(attempts));
    tx.commit();
  });
  EXPECT_EQ(attempts, 2);
  auto rows = db().query("SELECT k FROM t ORDER BY id");
  ASSERT_EQ(rows.rows.size(), 2u) << "nothing of the first attempt stayed";
  EXPECT_EQ(rows.rows[0].str(0), "lost-2");
  EXPECT_EQ(rows.rows[1].str(0), "second-2");
}

// Only the outermost transaction may run again: a savepoint cannot replay what its caller did
// before it, so a refusal inside one goes up to the caller.
TEST_F(Db, TransactInsideATransactionLeavesTheRetryToTheOutermost) {
  int inner = 0, outer = 0, ran = 0;
  db::transact(db(), [&](db::Transaction& tx) {
    ++outer;
    db().query("INSERT INTO t (k) VALUES (?)", "outer-" + std::to_string(outer));
    try {
      db::transact(db(), [&](db::Transaction& sp) {
        ++inner;
        db().after_commit([&] { ++ran; });
        if (outer == 1) throw db::Deadlock(1213, "refused");  // as the server reports it
        sp.commit();
      });
    } catch (const db::Deadlock&) {
      EXPECT_EQ(inner, 1) << "the savepoint did not retry on its own";
      throw;
    }
    tx.commit();
  });
  EXPECT_EQ(outer, 2);
  EXPECT_EQ(inner, 2);
  EXPECT_EQ(ran, 1);
  EXPECT_EQ(db().query("SELECT GROUP_CONCAT(k) FROM t").one().str(0), "outer-2");
}

// A refusal that keeps coming reaches the caller after a few attempts.
TEST_F(Db, TransactGivesUpAfterAFewAttempts) {
  int attempts = 0;
  EXPECT_THROW(db::transact(db(),
                            [&](db::Transaction&) {
                              ++attempts;
                              throw db::Deadlock(1213, "refused");
                            }),
               db::Deadlock);
  EXPECT_EQ(attempts, db::kTransactTries);
  EXPECT_FALSE(db().in_transaction());
}

// An INSERT ... SELECT share-locks the rows it reads under the default REPEATABLE READ, so a
// writer of them waits for the whole transaction; under READ COMMITTED it reads them like a
// plain SELECT and locks nothing. The level holds for that one transaction only.
TEST_F(Db, ReadCommittedTransactionCopiesRowsWithoutLockingThem) {
  db().query("INSERT INTO t (id, k, n) VALUES (1, 'source', 1)");
  db::Connection other(db().settings());
  auto copy_then_lock_from_other = [&](db::Isolation iso) {
    bool locked = false;
    db::transact(db(), iso, [&](db::Transaction&) {
      db().query("INSERT INTO t (k, n) SELECT 'copy', n FROM t WHERE id = 1");
      try {
        other.query("SELECT n FROM t WHERE id = 1 FOR UPDATE NOWAIT");
      } catch (const db::Deadlock&) {  // NOWAIT: the lock wait error at once
        locked = true;
      }
    });  // rolled back
    return locked;
  };
  EXPECT_FALSE(copy_then_lock_from_other(db::Isolation::read_committed));
  // Right after it: the default again.
  EXPECT_TRUE(copy_then_lock_from_other(db::Isolation::repeatable_read));
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM t").one().i64(0), 1) << "each copy rolled back";
}
