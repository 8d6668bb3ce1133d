// Domain transactions the server refuses run again, whole, through db::transact: an InnoDB
// deadlock victim here, on Galera the loser of a certification conflict (the same error at
// COMMIT). Each test makes a domain function the victim once: another connection holds a lock
// the function needs, waits until the function waits for it, then asks for a lock the function
// holds. That connection has written many more rows, so InnoDB rolls back the function's
// transaction, which then returns as if nothing had happened, its rows and counts there once.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <future>

#include "db/connection.h"
#include "push/leads.h"
#include "tests/support/stack.h"
#include "watch/alarm.h"

class RefusedTransaction : public testenv::DbTest {
 protected:
  void SetUp() override {
    db().exec("CREATE TABLE IF NOT EXISTS refusal_weight (id INT PRIMARY KEY)");
    db().exec("DELETE FROM refusal_weight");
  }

  static long long deadlocks() {
    return std::stoll(db().query("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                                 " WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'")
                          .one()
                          .str(0));
  }

  // Runs `domain` on a connection of its own and makes it the deadlock victim of its first
  // attempt: `hold` runs in the other transaction before it, `close` once it waits. Returns
  // what `domain` returned, after both sides committed.
  template <class F>
  auto refused_once(F domain, const std::function<void(db::Connection&)>& hold,
                    const std::function<void(db::Connection&)>& close) {
    db::Connection victim(db().settings()), other(db().settings());
    long long victim_thread = victim.query("SELECT CONNECTION_ID()").one().i64(0);
    long long before = deadlocks();
    db::Transaction tx(other);
    // Heavier than anything the domain function writes: InnoDB rolls back the lighter side.
    other.query("INSERT INTO refusal_weight (id) SELECT seq FROM seq_1_to_1000");
    hold(other);
    auto result = std::async(std::launch::async, [&] { return domain(victim); });
    auto waiting = [&] {
      return db().query(
                     "SELECT COUNT(*) FROM information_schema.INNODB_TRX"
                     " WHERE trx_mysql_thread_id = ? AND trx_state = 'LOCK WAIT'",
                     victim_thread)
                 .one()
                 .i64(0) > 0;
    };
    // InnoDB refreshes what INNODB_TRX shows only when nobody read it for 100 ms: look less
    // often than that.
    while (result.wait_for(std::chrono::milliseconds(150)) != std::future_status::ready &&
           !waiting()) {
    }
    EXPECT_NE(result.wait_for(std::chrono::seconds(0)), std::future_status::ready)
        << "the domain function waits for the lock `hold` took";
    close(other);  // the cycle: InnoDB rolls the domain function back, and this goes on
    tx.commit();   // the function's second attempt waited for this
    auto out = result.get();
    EXPECT_GT(deadlocks(), before) << "InnoDB reported the deadlock";
    return out;
  }
};

// Supplier leads (lib/push): the import's transaction per row locks the lead, then files it
// under its varieties (the foreign key reads the variety's row); the other side holds that
// variety and asks for the lead.
TEST_F(RefusedTransaction, SupplierLeadImportRunsAgainAndCountsOnce) {
  std::string mobile = testenv::unique_phone();
  long long lead = static_cast<long long>(
      db().query("INSERT INTO supplier_lead (mobile, name, varieties) VALUES (?, '', '党参')",
                 mobile)
          .insert_id);
  long long variety = db().query("SELECT id FROM variety WHERE name = '党参'").one().i64(0);
  auto rep = refused_once(
      [&](db::Connection& c) {
        return push::import_supplier_leads(
            c, push::lead_rows("手机,姓名,经营品种\n" + mobile + ",张三,党参\n"), "file");
      },
      [&](db::Connection& o) {
        o.query("SELECT id FROM variety WHERE id = ? FOR UPDATE", variety);
      },
      [&](db::Connection& o) {
        o.query("SELECT id FROM supplier_lead WHERE id = ? FOR UPDATE", lead);
      });
  EXPECT_TRUE(rep.errors.empty());
  EXPECT_EQ(rep.merged, 1) << "counted once, by the attempt that committed";
  EXPECT_EQ(rep.inserted, 0);
  EXPECT_EQ(db().query("SELECT name FROM supplier_lead WHERE id = ?", lead).one().str(0), "张三");
  EXPECT_EQ(
      db().query("SELECT COUNT(*) FROM supplier_lead_variety WHERE lead_id = ?", lead).one().i64(0),
      1);
}

// Alarm clocks (lib/watch): replacing the list locks the watch, then its alarms, and queues
// the new list for the watch in the same transaction; the other side holds the alarms and
// asks for the watch. One list is stored and one command queued, the one returned.
TEST_F(RefusedTransaction, AlarmListReplacedOnceWithOneCommand) {
  std::string imei = "86" + testenv::unique_phone().substr(2) + "1234";
  ASSERT_EQ(imei.size(), 15u);
  db().query("INSERT INTO watch_device (imei) VALUES (?)", imei);
  db().query(
      "INSERT INTO watch_alarm (imei, at, days, enabled, label, created_at)"
      " VALUES (?, '07:00', '1111100', 1, '起床', UTC_TIMESTAMP())",
      imei);
  watch::AlarmClock early{0, "06:30", "1111111", true, "早起"};
  auto cmd =
      refused_once([&](db::Connection& c) { return watch::replace_alarms(c, imei, {early}, 0); },
                   [&](db::Connection& o) {
                     o.query("SELECT id FROM watch_alarm WHERE imei = ? FOR UPDATE", imei);
                   },
                   [&](db::Connection& o) {
                     o.query("SELECT imei FROM watch_device WHERE imei = ? FOR UPDATE", imei);
                   });
  auto alarms = db().query("SELECT at, label FROM watch_alarm WHERE imei = ?", imei);
  ASSERT_EQ(alarms.rows.size(), 1u);
  EXPECT_EQ(alarms.one().str(0), "06:30");
  auto queued =
      db().query("SELECT id, status FROM watch_command WHERE imei = ? AND type = 'alarms'", imei);
  ASSERT_EQ(queued.rows.size(), 1u) << "the refused attempt's command did not stay";
  EXPECT_EQ(queued.one().i64(0), cmd.id);
  EXPECT_EQ(queued.one().str(1), "queued");
  EXPECT_EQ(cmd.payload["alarms"][0]["time"], "06:30");
}
