// The daily jobs of spec §2 with the clock passed in: poor rounds re-pushed at each threshold
// boundary (click rate 0.5, quote rate 0.2, reject rate 0.6) but never for closed items or
// items with an accepted quote; buyer reminders at most 2, a day apart; unclicked SMS pushes
// counted per lead. Every job run twice changes nothing the second time.
#include <gtest/gtest.h>

#include "market/clock.h"
#include "push/review.h"
#include "push/round.h"
#include "tests/support/stack.h"

namespace {
std::time_t at(const char* s) { return market::parse_datetime(s); }
}  // namespace

class PushJobs : public testenv::DbTest {
 protected:
  push::Policy policy;
  push::Review review;
  const char* yesterday = "2026-12-01 10:00:00";
  const char* today = "2026-12-02 10:00:00";

  long long user() {
    return static_cast<long long>(
        db().query("INSERT INTO user (phone, name) VALUES (?, '用户')", testenv::unique_phone())
            .insert_id);
  }
  // A standing item of variety `v` (named `variety`) in a new buyer's order made yesterday.
  long long standing_item(long long v, const char* variety) {
    auto o = db().query(
        "INSERT INTO purchase (buyer_id, pickup, acceptance, remark, window_days, created_at) "
        "VALUES (?, 1, '', '', 0, ?)",
        user(), yesterday);
    return static_cast<long long>(
        db().query("INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, "
                   "quantity, unit, created_at) VALUES (?, 1, ?, ?, 1, '吨', ?)",
                   o.insert_id, v, variety, yesterday)
            .insert_id);
  }
  // A standing item of `variety` with `followers` followers and one SMS round of 10 made
  // yesterday, every message sent; `clicked` and `quoted` of them clicked and quoted.
  long long item_with_round(const char* variety, int clicked, int quoted, int followers = 11) {
    long long v = db().query("SELECT id FROM variety WHERE name = ?", variety).one().i64(0);
    for (int i = 0; i < followers; ++i)
      db().query("INSERT INTO followed_variety (user_id, variety_id) VALUES (?, ?)", user(), v);
    long long item = standing_item(v, variety);
    policy.round_cap = 10;
    auto r = push::make_round(db(), policy, item, push::Channel::sms, "publish",
                              "job-" + std::to_string(item), at(yesterday));
    EXPECT_EQ(r.recipients, 10);
    db().query("UPDATE push_recipient SET status = 1, sent_at = ? WHERE round_id = ?", yesterday,
               r.round_id);
    db().query(
        "UPDATE push_recipient SET first_click_at = ? WHERE round_id = ? ORDER BY id "
        "LIMIT ?",
        yesterday, r.round_id, clicked);
    db().query("UPDATE push_recipient SET quoted = 1 WHERE round_id = ? ORDER BY id LIMIT ?",
               r.round_id, quoted);
    return item;
  }
  void quotes(long long item, int pending, int rejected, int accepted = 0,
              const char* when = "2026-12-01 11:00:00") {
    auto add = [&](int state, int n) {
      for (int i = 0; i < n; ++i)
        db().query(
            "INSERT INTO quote (item_id, supplier_id, price, quality, price_note, state, "
            "message, created_at) VALUES (?, ?, ?, '统货', '', ?, '', ?)",
            item, user(), 30 + i, state, when);
    };
    add(0, pending);
    add(2, rejected);
    add(1, accepted);
  }
  long long rounds(long long item) {
    return db().query("SELECT COUNT(*) FROM push_round WHERE item_id = ?", item).one().i64(0);
  }
  void SetUp() override {
    // Earlier tests' items are not this test's: close them.
    db().query("UPDATE purchase_item SET status = 0");
  }
};

TEST_F(PushJobs, RoundAtEveryThresholdIsNotRepushed) {
  long long item = item_with_round("人参", 5, 2);  // click 0.5, quote 0.2
  quotes(item, 2, 3);                              // reject 3/5 = 0.6
  EXPECT_EQ(push::review_rounds(db(), policy, review, at(today)), 0);
  EXPECT_EQ(rounds(item), 1);
}

TEST_F(PushJobs, ClickRateBelowHalfIsRepushedOnce) {
  long long item = item_with_round("西洋参", 4, 2);
  EXPECT_EQ(push::review_rounds(db(), policy, review, at(today)), 1);
  EXPECT_EQ(rounds(item), 2);
  EXPECT_EQ(db().query("SELECT reason FROM push_round WHERE item_id = ? AND round_no = 2", item)
                .one()
                .str(0),
            "review");
  EXPECT_EQ(push::review_rounds(db(), policy, review, at("2026-12-02 10:30:00")), 0)
      << "a rerun the same day makes nothing";
  EXPECT_EQ(rounds(item), 2);
}

TEST_F(PushJobs, QuoteRateBelowAFifthIsRepushed) {
  long long item = item_with_round("三七", 5, 1);
  EXPECT_EQ(push::review_rounds(db(), policy, review, at(today)), 1);
  EXPECT_EQ(rounds(item), 2);
}

TEST_F(PushJobs, RejectRateAboveSixTenthsIsRepushed) {
  long long item = item_with_round("天麻", 5, 2);
  quotes(item, 2, 4);  // 4/6
  EXPECT_EQ(push::review_rounds(db(), policy, review, at(today)), 1);
}

TEST_F(PushJobs, ClosedOrAcceptedItemsAreNotRepushed) {
  long long closed = item_with_round("葛根", 0, 0);
  db().query("UPDATE purchase_item SET status = 0 WHERE id = ?", closed);
  long long accepted = item_with_round("牛膝", 0, 0);
  quotes(accepted, 0, 0, 1);
  EXPECT_EQ(push::review_rounds(db(), policy, review, at(today)), 0);
  EXPECT_EQ(rounds(closed), 1);
  EXPECT_EQ(rounds(accepted), 1);
}

TEST_F(PushJobs, RoundMadeTodayWaitsForTomorrow) {
  long long item = item_with_round("玄参", 0, 0);
  db().query("UPDATE push_round SET created_at = ? WHERE item_id = ?", "2026-12-02 09:00:00", item);
  EXPECT_EQ(push::review_rounds(db(), policy, review, at(today)), 0);
}

TEST_F(PushJobs, BuyerRemindedAtMostTwiceADayApart) {
  long long item = item_with_round("知母", 5, 2);
  quotes(item, 2, 0, 0, "2026-12-01 09:00:00");
  auto reminders = [&] {
    return db()
        .query(
            "SELECT COUNT(*) FROM push_outbox WHERE template = 'quote_reminder' AND "
            "idem_key LIKE ?",
            "remind-" + std::to_string(item) + "-%")
        .one()
        .i64(0);
  };
  EXPECT_EQ(push::quote_reminders(db(), policy, review, at("2026-12-02 08:59:00")), 0)
      << "the first quote is not a day old yet";
  EXPECT_EQ(push::quote_reminders(db(), policy, review, at("2026-12-02 10:00:00")), 1);
  auto text = db().query("SELECT data FROM push_outbox WHERE idem_key = ?",
                         "remind-" + std::to_string(item) + "-1")
                  .one()
                  .str(0);
  EXPECT_NE(text.find("2个报价"), std::string::npos) << text;
  EXPECT_NE(text.find("最低¥30"), std::string::npos) << text;
  EXPECT_EQ(push::quote_reminders(db(), policy, review, at("2026-12-02 10:30:00")), 0);
  EXPECT_EQ(push::quote_reminders(db(), policy, review, at("2026-12-03 10:00:00")), 1);
  EXPECT_EQ(push::quote_reminders(db(), policy, review, at("2026-12-05 10:00:00")), 0);
  EXPECT_EQ(reminders(), 2);
}

TEST_F(PushJobs, BuyerWhoRepliesIsNotReminded) {
  long long item = item_with_round("麦冬", 5, 2);
  quotes(item, 2, 1, 0, "2026-12-01 09:00:00");  // 1/3 replied ≥ 0.3
  EXPECT_EQ(push::quote_reminders(db(), policy, review, at(today)), 0);
}

TEST_F(PushJobs, UnclickedSmsPushesAreCountedPerLead) {
  long long v = db().query("SELECT id FROM variety WHERE name = '天冬'").one().i64(0);
  auto l = db().query("INSERT INTO supplier_lead (mobile) VALUES (?)", testenv::unique_phone());
  long long lead = static_cast<long long>(l.insert_id);
  db().query("INSERT INTO supplier_lead_variety VALUES (?, ?)", lead, v);
  policy.round_cap = 10;
  for (int i = 0; i < 3; ++i) {
    long long item = standing_item(v, "天冬");
    push::make_round(db(), policy, item, push::Channel::sms, "publish",
                     "lead-" + std::to_string(item), at(yesterday));
  }
  db().query("UPDATE push_recipient SET status = 1, sent_at = ? WHERE lead_id = ?",
             "2026-12-01 09:00:00", lead);
  push::lead_clicks(db(), at("2026-12-02 09:30:00"));
  EXPECT_EQ(db().query("SELECT unclicked FROM supplier_lead WHERE id = ?", lead).one().i64(0), 3);
  db().query("UPDATE push_recipient SET first_click_at = NOW() WHERE lead_id = ? LIMIT 1", lead);
  push::lead_clicks(db(), at("2026-12-02 09:30:00"));
  push::lead_clicks(db(), at("2026-12-02 09:30:00"));
  EXPECT_EQ(db().query("SELECT unclicked FROM supplier_lead WHERE id = ?", lead).one().i64(0), 2);
}
