// Push rounds and sending rules of spec §2 in lib/push, against a real MariaDB with the clock
// passed in: who is pushed (every exclusion, the cap, score order), the round limit, quiet
// hours, the daily cap, opt-outs, retries, and parallel generators pushing nobody twice.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "market/clock.h"
#include "push/courtesy.h"
#include "push/optout.h"
#include "push/outbox.h"
#include "push/round.h"
#include "tests/support/race.h"
#include "tests/support/stack.h"

namespace {

// Records what would have gone out; fails every message while `fail` is set.
class RecordingSender : public push::Sender {
 public:
  std::vector<sms::Message> sent;
  std::vector<push::Outgoing> wechat_sent;
  bool fail = false;
  std::vector<sms::Sent> sms(const std::vector<sms::Message>& batch) override {
    if (fail) throw std::runtime_error("provider down");
    std::vector<sms::Sent> out;
    for (const auto& m : batch) {
      sent.push_back(m);
      out.push_back({true, "id-" + m.key, ""});
    }
    return out;
  }
  sms::Sent wechat(const push::Outgoing& m) override {
    wechat_sent.push_back(m);
    return {true, "", ""};
  }
};

std::time_t at(const char* datetime) { return market::parse_datetime(datetime); }

}  // namespace

class PushRounds : public testenv::DbTest {
 protected:
  push::Policy policy;

  long long variety(const char* name) {
    return db().query("SELECT id FROM variety WHERE name = ?", name).one().i64(0);
  }
  long long member(long long variety_id, int score = 0, const std::string& openid = "") {
    std::string phone = testenv::unique_phone();
    auto r = db().query("INSERT INTO user (phone, name, wechat_openid) VALUES (?, '会员', ?)",
                        phone, openid.empty() ? std::optional<std::string>() : openid);
    long long id = static_cast<long long>(r.insert_id);
    db().query("INSERT INTO followed_variety (user_id, variety_id) VALUES (?, ?)", id, variety_id);
    if (score) db().query("INSERT INTO push_score (user_id, score) VALUES (?, ?)", id, score);
    return id;
  }
  long long lead(long long variety_id, int score = 0, const std::string& mobile = "") {
    auto r = db().query("INSERT INTO supplier_lead (mobile, name, score) VALUES (?, '线索', ?)",
                        mobile.empty() ? testenv::unique_phone() : mobile, score);
    long long id = static_cast<long long>(r.insert_id);
    db().query("INSERT INTO supplier_lead_variety (lead_id, variety_id) VALUES (?, ?)", id,
               variety_id);
    return id;
  }
  std::string phone_of(long long user_id) {
    return db().query("SELECT phone FROM user WHERE id = ?", user_id).one().str(0);
  }
  // A standing (常年采购) order with one item of the variety, bought by `buyer`.
  long long item(long long variety_id, long long buyer) {
    auto p = db().query(
        "INSERT INTO purchase (buyer_id, pickup, acceptance, remark, window_days, created_at) "
        "VALUES (?, 1, '', '', 0, '2026-12-01 09:00:00')",
        buyer);
    auto i = db().query(
        "INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, quantity, "
        "unit, created_at) SELECT ?, 1, id, name, 500, '公斤', '2026-12-01 09:00:00' "
        "FROM variety WHERE id = ?",
        p.insert_id, variety_id);
    return static_cast<long long>(i.insert_id);
  }
  long long buyer() {
    return static_cast<long long>(
        db().query("INSERT INTO user (phone, name) VALUES (?, '采购商')", testenv::unique_phone())
            .insert_id);
  }
  push::RoundResult round(long long item_id, const char* when = "2026-12-01 10:00:00",
                          push::Channel ch = push::Channel::sms) {
    return push::make_round(db(), policy, item_id, ch, "publish",
                            "req-" + std::to_string(++requests), at(when));
  }
  // Recipients of a round: user ids as "u<id>", lead ids as "l<id>", in id order.
  std::vector<std::string> recipients(long long round_id) {
    std::vector<std::string> out;
    for (const auto& r : db().query("SELECT COALESCE(user_id, 0), COALESCE(lead_id, 0) FROM "
                                    "push_recipient WHERE round_id = ? ORDER BY id",
                                    round_id)
                             .rows)
      out.push_back(r.i64(0) ? "u" + std::to_string(r.i64(0)) : "l" + std::to_string(r.i64(1)));
    return out;
  }
  std::vector<long long> all_due(std::time_t now) {
    std::vector<long long> ids;
    for (const auto& b : push::take_due(db(), policy, now))
      ids.insert(ids.end(), b.begin(), b.end());
    return ids;
  }
  static inline int requests = 0;
  // What earlier tests left waiting in the outbox is not this test's to send.
  void SetUp() override { db().query("UPDATE push_outbox SET state = 3 WHERE state < 3"); }
};

TEST_F(PushRounds, FollowersAndLeadsBestScoreFirstWithEveryExclusion) {
  long long v = variety("党参"), b = buyer();
  db().query("INSERT INTO followed_variety (user_id, variety_id) VALUES (?, ?)", b, v);
  long long best = member(v, 9), plain = member(v, 0), good_lead = lead(v, 5);
  long long disabled = member(v, 50), opted = member(v, 40);
  db().query("UPDATE user SET disabled = 1 WHERE id = ?", disabled);
  push::opt_out(db(), phone_of(opted), "link");
  long long dead = lead(v, 30), ignored = lead(v, 20), twice_ignored = lead(v, 1);
  long long opted_lead = lead(v, 25), buyer_lead = lead(v, 60, phone_of(b));
  db().query("UPDATE supplier_lead SET dead = 1 WHERE id = ?", dead);
  db().query("UPDATE supplier_lead SET unclicked = 3 WHERE id = ?", ignored);
  db().query("UPDATE supplier_lead SET unclicked = 2 WHERE id = ?", twice_ignored);
  push::opt_out(
      db(), db().query("SELECT mobile FROM supplier_lead WHERE id = ?", opted_lead).one().str(0),
      "sms_reply");
  // A lead whose number is a disabled member's is left out with the member.
  lead(v, 70, phone_of(disabled));
  member(variety("板蓝根"), 99);  // follows another variety
  (void)buyer_lead;

  auto r = round(item(v, b));
  ASSERT_EQ(r.outcome, push::RoundOutcome::made);
  EXPECT_EQ(r.round_no, 1);
  std::vector<std::string> want{"u" + std::to_string(best), "l" + std::to_string(good_lead),
                                "l" + std::to_string(twice_ignored), "u" + std::to_string(plain)};
  EXPECT_EQ(recipients(r.round_id), want) << "score order: 9, 5, 1, 0";
  // Every recipient has a waiting outbox message under a unique key, ending with 回T退订.
  auto rows = db().query(
      "SELECT o.idem_key, o.data, o.state FROM push_outbox o JOIN push_recipient r ON "
      "r.id = o.recipient_id WHERE r.round_id = ?",
      r.round_id);
  ASSERT_EQ(rows.rows.size(), 4u);
  for (const auto& row : rows.rows) {
    EXPECT_EQ(row.str(0).substr(0, 2), "p-");
    EXPECT_NE(row.str(1).find("/t/"), std::string::npos);
    EXPECT_EQ(row.str(1).substr(row.str(1).size() - std::string("回T退订").size()), "回T退订");
    EXPECT_EQ(row.i64(2), 0);
  }
}

TEST_F(PushRounds, CapOfTwentyThenTheRestNobodyTwice) {
  long long v = variety("甘草"), b = buyer();
  std::vector<long long> members;
  for (int i = 0; i < 25; ++i) members.push_back(member(v, i));
  long long it = item(v, b);
  auto r1 = round(it);
  ASSERT_EQ(r1.recipients, 20);
  auto first = recipients(r1.round_id);
  EXPECT_EQ(first.front(), "u" + std::to_string(members[24])) << "highest score first";
  EXPECT_EQ(std::count(first.begin(), first.end(), "u" + std::to_string(members[4])), 0)
      << "the five lowest scores wait for the next round";
  auto r2 = round(it);
  ASSERT_EQ(r2.outcome, push::RoundOutcome::made);
  EXPECT_EQ(r2.round_no, 2);
  EXPECT_EQ(r2.recipients, 5);
  auto r3 = round(it);
  EXPECT_EQ(r3.outcome, push::RoundOutcome::nobody) << "everyone has had this item";
  EXPECT_EQ(db().query("SELECT COUNT(DISTINCT address), COUNT(*) FROM push_recipient WHERE "
                       "item_id = ?",
                       it)
                .one()
                .i64(0),
            25);
}

TEST_F(PushRounds, RoundSixIsNeverMade) {
  policy.round_cap = 1;
  long long v = variety("白芍"), b = buyer();
  for (int i = 0; i < 7; ++i) member(v);
  long long it = item(v, b);
  for (int n = 1; n <= 5; ++n) {
    auto r = round(it);
    ASSERT_EQ(r.outcome, push::RoundOutcome::made);
    EXPECT_EQ(r.round_no, n);
  }
  EXPECT_EQ(round(it).outcome, push::RoundOutcome::limit);
  EXPECT_EQ(db().query("SELECT MAX(round_no), COUNT(*) FROM push_round WHERE item_id = ?", it)
                .one()
                .i64(1),
            5);
  // The database refuses a sixth even if the C++ check were bypassed.
  EXPECT_THROW(db().query("INSERT INTO push_round (item_id, channel, round_no, reason, "
                          "request_key, created_at) VALUES (?, 'sms', 6, 'admin', 'x', NOW())",
                          it),
               db::Error);
}

TEST_F(PushRounds, SameRequestAgainMakesNoSecondRound) {
  long long v = variety("川芎"), b = buyer();
  for (int i = 0; i < 3; ++i) member(v);
  long long it = item(v, b);
  auto r1 = push::make_round(db(), policy, it, push::Channel::sms, "publish", "entry-1",
                             at("2026-12-01 10:00:00"));
  auto r2 = push::make_round(db(), policy, it, push::Channel::sms, "publish", "entry-1",
                             at("2026-12-01 10:00:05"));
  EXPECT_EQ(r2.outcome, push::RoundOutcome::again);
  EXPECT_EQ(r2.round_id, r1.round_id);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM push_round WHERE item_id = ?", it).one().i64(0), 1);
}

TEST_F(PushRounds, ClosedItemIsNotPushed) {
  long long v = variety("白术"), b = buyer();
  member(v);
  long long it = item(v, b);
  db().query("UPDATE purchase_item SET status = 0 WHERE id = ?", it);
  EXPECT_EQ(round(it).outcome, push::RoundOutcome::closed);
}

TEST_F(PushRounds, WechatGoesToBoundMembersOnlyWhenATemplateIsSet) {
  long long v = variety("茯苓"), b = buyer();
  long long bound = member(v, 0, "o-push-bound");
  member(v);
  lead(v);
  long long it = item(v, b);
  EXPECT_EQ(round(it, "2026-12-01 10:00:00", push::Channel::wechat).outcome,
            push::RoundOutcome::nobody);
  policy.wechat_template = "tpl-push";
  auto r = round(it, "2026-12-01 10:00:00", push::Channel::wechat);
  ASSERT_EQ(r.outcome, push::RoundOutcome::made);
  EXPECT_EQ(recipients(r.round_id), std::vector<std::string>{"u" + std::to_string(bound)});
  RecordingSender s;
  auto d =
      push::deliver(db(), policy, s, all_due(at("2026-12-01 10:00:01")), at("2026-12-01 10:00:01"));
  EXPECT_EQ(d.sent, 1);
  ASSERT_EQ(s.wechat_sent.size(), 1u);
  EXPECT_EQ(s.wechat_sent[0].address, "o-push-bound");
  EXPECT_EQ(s.wechat_sent[0].tpl, "tpl-push");
  EXPECT_NE(s.wechat_sent[0].data.find("/t/"), std::string::npos);
}

TEST_F(PushRounds, QuietHoursHoldSmsUntilEight) {
  long long v = variety("地黄"), b = buyer();
  member(v);
  long long it = item(v, b);
  round(it, "2026-12-01 22:30:00");
  EXPECT_EQ(db().query("SELECT next_try_at FROM push_outbox o JOIN push_recipient r ON "
                       "r.id = o.recipient_id WHERE r.item_id = ?",
                       it)
                .one()
                .str(0),
            "2026-12-02 08:00:00");
  EXPECT_TRUE(all_due(at("2026-12-02 07:59:59")).empty());
  auto due = all_due(at("2026-12-02 08:00:00"));
  EXPECT_EQ(due.size(), 1u);
  RecordingSender s;
  EXPECT_EQ(push::deliver(db(), policy, s, due, at("2026-12-02 08:00:00")).sent, 1);
  // A message queued before 21:00 but picked up after it waits too.
  EXPECT_EQ(push::courtesy_time(policy, at("2026-12-02 20:59:59")), at("2026-12-02 20:59:59"));
  EXPECT_EQ(push::courtesy_time(policy, at("2026-12-02 21:00:00")), at("2026-12-03 08:00:00"));
  EXPECT_EQ(push::courtesy_time(policy, at("2026-12-03 03:00:00")), at("2026-12-03 08:00:00"));
}

TEST_F(PushRounds, AtMostThreeMarketingSmsPerNumberPerDay) {
  long long v = variety("山药"), b = buyer();
  long long m = member(v);
  for (int i = 0; i < 4; ++i) round(item(v, b));
  RecordingSender s;
  auto d =
      push::deliver(db(), policy, s, all_due(at("2026-12-01 10:00:00")), at("2026-12-01 10:00:00"));
  EXPECT_EQ(d.sent, 3);
  EXPECT_EQ(d.deferred, 1);
  EXPECT_EQ(s.sent.size(), 3u);
  for (const auto& msg : s.sent) EXPECT_EQ(msg.phone, phone_of(m));
  EXPECT_TRUE(all_due(at("2026-12-02 07:59:59")).empty()) << "the fourth waits for tomorrow 08:00";
  auto next = all_due(at("2026-12-02 08:00:00"));
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(push::deliver(db(), policy, s, next, at("2026-12-02 08:00:00")).sent, 1);
}

TEST_F(PushRounds, OptOutAfterQueueingDropsTheMessage) {
  long long v = variety("丹参"), b = buyer();
  long long m = member(v);
  long long it = item(v, b);
  round(it);
  push::opt_out(db(), phone_of(m), "sms_reply");
  RecordingSender s;
  auto d =
      push::deliver(db(), policy, s, all_due(at("2026-12-01 10:00:00")), at("2026-12-01 10:00:00"));
  EXPECT_EQ(d.dropped, 1);
  EXPECT_TRUE(s.sent.empty());
  EXPECT_EQ(db().query("SELECT status FROM push_recipient WHERE item_id = ?", it).one().i64(0), 4);
  EXPECT_TRUE(push::is_optout_reply(" td "));
  EXPECT_TRUE(push::is_optout_reply("T"));
  EXPECT_FALSE(push::is_optout_reply("TDX"));
}

TEST_F(PushRounds, FailuresRetryWithBackoffThenGiveUp) {
  policy.max_tries = 3;
  long long v = variety("熟地黄"), b = buyer();
  member(v);
  long long it = item(v, b);
  round(it);
  RecordingSender s;
  s.fail = true;
  std::time_t now = at("2026-12-01 10:00:00");
  EXPECT_EQ(push::deliver(db(), policy, s, all_due(now), now).retry, 1);
  EXPECT_TRUE(all_due(now + 29).empty());
  EXPECT_EQ(push::deliver(db(), policy, s, all_due(now + 30), now + 30).retry, 1);
  EXPECT_TRUE(all_due(now + 30 + 59).empty()) << "the second retry waits twice as long";
  auto d = push::deliver(db(), policy, s, all_due(now + 90), now + 90);
  EXPECT_EQ(d.failed, 1);
  auto row = db().query(
                     "SELECT o.state, o.tries, r.status FROM push_outbox o JOIN push_recipient "
                     "r ON r.id = o.recipient_id WHERE r.item_id = ?",
                     it)
                 .one();
  EXPECT_EQ(row.i64(0), 4);
  EXPECT_EQ(row.i64(1), 3);
  EXPECT_EQ(row.i64(2), 3);
  EXPECT_EQ(db().query("SELECT sent FROM push_sms_day d JOIN push_recipient r ON "
                       "r.address = d.mobile WHERE r.item_id = ?",
                       it)
                .one()
                .i64(0),
            1)
      << "retries of one message take one place of the daily cap";
}

TEST_F(PushRounds, ReplayedBatchSendsNothingTwice) {
  long long v = variety("当归"), b = buyer();
  for (int i = 0; i < 5; ++i) member(v);
  round(item(v, b));
  std::time_t now = at("2026-12-01 10:00:00");
  auto ids = all_due(now);
  RecordingSender s;
  EXPECT_EQ(push::deliver(db(), policy, s, ids, now).sent, 5);
  auto again = push::deliver(db(), policy, s, ids, now + 1);
  EXPECT_EQ(again.sent, 0);
  EXPECT_EQ(again.skipped, 5);
  EXPECT_EQ(s.sent.size(), 5u);
}

TEST_F(PushRounds, ParallelGeneratorsPushNobodyTwice) {
  policy.round_cap = 3;
  long long v = variety("黄芪"), b = buyer();
  for (int i = 0; i < 12; ++i) member(v, i % 4);
  long long it = item(v, b);
  auto settings = db().settings();
  auto tally = testenv::race(8, [&](int t) {
    db::Connection c(settings);
    auto r = push::make_round(c, policy, it, push::Channel::sms, "admin",
                              "parallel-" + std::to_string(t), at("2026-12-01 10:00:00"));
    return r.outcome == push::RoundOutcome::made ? testenv::Ended::kWon : testenv::Ended::kLost;
  });
  EXPECT_EQ(tally.won, 4) << "12 followers, 3 per round";
  auto counts = db().query(
                        "SELECT COUNT(*), COUNT(DISTINCT address), COUNT(DISTINCT round_id) "
                        "FROM push_recipient WHERE item_id = ?",
                        it)
                    .one();
  EXPECT_EQ(counts.i64(0), 12);
  EXPECT_EQ(counts.i64(1), 12);
  EXPECT_EQ(counts.i64(2), 4);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM push_outbox o JOIN push_recipient r ON "
                       "r.id = o.recipient_id WHERE r.item_id = ?",
                       it)
                .one()
                .i64(0),
            12);
}

// A round larger than outbox_chunk commits with the first chunk of outbox rows; take_due
// writes the rest a chunk at a time, in recipient (score) order, once each, even when
// generators and dispatchers run in parallel.
TEST_F(PushRounds, ALargeRoundsOutboxIsWrittenAChunkAtATimeByTakeDue) {
  policy.round_cap = 50;
  policy.outbox_chunk = 20;
  long long v = variety("泽泻"), b = buyer();
  for (int i = 0; i < 45; ++i) member(v, i % 7);
  long long it = item(v, b);
  auto r = round(it, "2026-12-01 22:30:00");
  ASSERT_EQ(r.recipients, 45);
  auto outboxed = [&] {
    return db()
        .query(
            "SELECT COUNT(*), COUNT(DISTINCT o.recipient_id), MIN(o.next_try_at) FROM "
            "push_outbox o JOIN push_recipient x ON x.id = o.recipient_id WHERE x.round_id = ?",
            r.round_id)
        .one();
  };
  EXPECT_EQ(outboxed().i64(0), 20) << "the first chunk comes with the round";
  EXPECT_EQ(db().query("SELECT outboxed FROM push_round WHERE id = ?", r.round_id).one().i64(0), 0);
  EXPECT_TRUE(all_due(at("2026-12-01 23:00:00")).empty()) << "quiet hours: nothing due yet";
  EXPECT_EQ(outboxed().i64(0), 40) << "one more chunk per take_due";
  EXPECT_EQ(outboxed().str(2), "2026-12-02 08:00:00") << "later chunks wait out quiet hours too";

  auto settings = db().settings();
  testenv::race(6, [&](int) {
    db::Connection c(settings);
    push::take_due(c, policy, at("2026-12-02 07:00:00"));
    return testenv::Ended::kWon;
  });
  EXPECT_EQ(outboxed().i64(0), 45);
  EXPECT_EQ(outboxed().i64(1), 45) << "every recipient once";
  EXPECT_EQ(db().query("SELECT outboxed FROM push_round WHERE id = ?", r.round_id).one().i64(0), 1);
  auto order = db().query(
      "SELECT COUNT(*) FROM push_outbox a JOIN push_outbox c ON c.id > a.id JOIN push_recipient "
      "ra ON ra.id = a.recipient_id JOIN push_recipient rc ON rc.id = c.recipient_id WHERE "
      "ra.round_id = ? AND rc.round_id = ? AND rc.id < ra.id",
      r.round_id, r.round_id);
  EXPECT_EQ(order.one().i64(0), 0) << "outbox rows follow the recipients' (score) order";

  auto due = all_due(at("2026-12-02 08:00:00"));
  EXPECT_EQ(due.size(), 45u);
  RecordingSender s;
  EXPECT_EQ(push::deliver(db(), policy, s, due, at("2026-12-02 08:00:00")).sent, 45);
  std::set<std::string> phones;
  for (const auto& m : s.sent) phones.insert(m.phone);
  EXPECT_EQ(phones.size(), 45u);
}
