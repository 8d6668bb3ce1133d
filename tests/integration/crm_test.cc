// lib/crm against a real MariaDB: the pool rule at its boundaries, the release job, grabs,
// follow-ups, enrolment and the weighted assignment sequence.
#include <gtest/gtest.h>

#include <map>
#include <thread>

#include "auth/account.h"
#include "auth/user.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/access.h"
#include "crm/assignment.h"
#include "crm/customer.h"
#include "crm/distribution.h"
#include "crm/follow.h"
#include "crm/grab.h"
#include "crm/release.h"
#include "tests/support/race.h"
#include "tests/support/stack.h"

namespace {

const std::string T = "2024-06-20";  // "today" in these tests
std::string day(int offset) { return core::add_days(T, offset); }

class CrmTest : public testenv::DbTest {
 protected:
  void SetUp() override { clear_crm(); }
  long long consultant(const std::string& name, const std::string& roles = "sales,staff") {
    return account(name, roles);
  }
  auth::User user(long long id) { return *auth::find_user(db(), id); }
  crm::Customer sample(const std::string& name) {
    crm::Customer c;
    c.name = name;
    c.phone = testenv::unique_phone();
    c.source = "官方网站";
    c.courses = {"Java"};
    return c;
  }
  // A customer held by `who`, taken and last followed on the given days.
  long long held(long long who, const std::string& taken, const std::string& last) {
    auto c = sample("客户");
    auto id = crm::insert(db(), c, who, taken, 0);
    db().query("UPDATE crm_customer SET last_follow_date = ? WHERE id = ?", last, id);
    db().query(
        "INSERT INTO crm_distribution (customer_id, consultant_id, assigned_date, how)"
        " VALUES (?, ?, ?, 'assign')",
        id, who, taken);
    return id;
  }
  bool is_public(long long id) { return crm::find(db(), id)->is_public(policy, T); }
  long long count(const std::string& sql, long long id) { return db().query(sql, id).one().i64(0); }
  crm::Policy policy;
};

class CrmPool : public CrmTest {};
class CrmRelease : public CrmTest {};
class CrmGrab : public CrmTest {};
class CrmFollow : public CrmTest {};
class CrmAssign : public CrmTest {};

}  // namespace

TEST_F(CrmPool, TakenFifteenDaysAgoIsPrivateSixteenIsPublic) {
  auto a = consultant("顾问");
  EXPECT_FALSE(is_public(held(a, day(-15), T)));
  EXPECT_TRUE(is_public(held(a, day(-16), T)));
}

TEST_F(CrmPool, LastFollowUpThreeDaysAgoIsPrivateFourIsPublic) {
  auto a = consultant("顾问");
  EXPECT_FALSE(is_public(held(a, day(-5), day(-3))));
  EXPECT_TRUE(is_public(held(a, day(-5), day(-4))));
}

TEST_F(CrmPool, EnrolledIsNeverPublic) {
  auto a = consultant("顾问");
  auto id = held(a, day(-100), day(-100));
  db().query("UPDATE crm_customer SET status = 1 WHERE id = ?", id);
  EXPECT_FALSE(is_public(id));
  EXPECT_EQ(crm::release_overdue(db(), policy, T), 0);
  EXPECT_EQ(crm::find(db(), id)->consultant_id, a);
}

TEST_F(CrmPool, LimitsComeFromThePolicy) {
  auto a = consultant("顾问");
  auto id = held(a, day(-8), T);
  EXPECT_FALSE(is_public(id));
  crm::Policy week = policy;
  week.private_days = 7;
  EXPECT_TRUE(crm::find(db(), id)->is_public(week, T));
}

TEST_F(CrmPool, PublicListHasExactlyThePublicOnes) {
  auto a = consultant("顾问");
  auto priv = held(a, day(-15), day(-3));
  auto pub = held(a, day(-16), T);
  auto none = crm::insert(db(), sample("无人"), 0, T, 0);
  std::set<long long> ids;
  for (const auto& c : crm::list_public(db(), policy, T, 100, 0)) ids.insert(c.id);
  EXPECT_FALSE(ids.count(priv));
  EXPECT_TRUE(ids.count(pub));
  EXPECT_TRUE(ids.count(none));
}

TEST_F(CrmPool, SalesSeesOwnAndPublicButNotAnothersManagerSeesAll) {
  auto a = consultant("甲"), b = consultant("乙"), m = consultant("经理", "sales_manager");
  auto t = consultant("老师", "teacher");
  auto mine = *crm::find(db(), held(a, T, T));
  auto pub = *crm::find(db(), held(b, day(-20), T));
  EXPECT_NO_THROW(crm::authorize_view(user(a), mine, policy, T));
  EXPECT_NO_THROW(crm::authorize_view(user(a), pub, policy, T));
  EXPECT_THROW(crm::authorize_view(user(b), mine, policy, T), core::Forbidden);
  EXPECT_THROW(crm::authorize_view(user(t), pub, policy, T), core::Forbidden);
  EXPECT_NO_THROW(crm::authorize_view(user(m), mine, policy, T));
}

TEST_F(CrmRelease, ReleasesOverdueSetsHistoryAndRunsIdempotently) {
  auto a = consultant("顾问");
  auto no_follow = held(a, day(-5), day(-4));  // 3-day rule: status 3
  auto no_deal = held(a, day(-16), T);         // 15-day rule: status 4
  auto keep = held(a, day(-15), day(-3));
  EXPECT_EQ(crm::release_overdue(db(), policy, T), 2);
  EXPECT_EQ(crm::find(db(), no_follow)->consultant_id, 0);
  EXPECT_EQ(crm::find(db(), no_deal)->consultant_id, 0);
  EXPECT_EQ(crm::find(db(), keep)->consultant_id, a);
  const char* st = "SELECT status FROM crm_distribution WHERE customer_id = ?";
  EXPECT_EQ(count(st, no_follow), 3);
  EXPECT_EQ(count(st, no_deal), 4);
  EXPECT_EQ(count(st, keep), 1);
  auto snapshot = [&] {
    std::string s;
    for (const char* q : {"SELECT id, status, ended_date FROM crm_distribution ORDER BY id",
                          "SELECT customer_id, consultant_id, until FROM crm_cooldown"
                          " ORDER BY customer_id",
                          "SELECT id, consultant_id FROM crm_customer ORDER BY id"})
      for (const auto& r : db().query(q).rows)
        for (size_t i = 0; i < r.size(); ++i) s += r.str(i) + ",";
    return s;
  };
  auto before = snapshot();
  EXPECT_EQ(crm::release_overdue(db(), policy, T), 0);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(CrmGrab, OneWinnerAmongTwentyParallelGrabs) {
  std::vector<long long> who;
  for (int i = 0; i < 20; ++i) who.push_back(consultant("抢单" + std::to_string(i)));
  auto id = crm::insert(db(), sample("热门"), 0, T, 0);
  auto settings = db().settings();
  auto tally = testenv::race(static_cast<int>(who.size()), [&](int i) {
    db::Connection conn(settings);
    try {
      crm::grab(conn, policy, id, who[i], T);
      return testenv::Ended::kWon;
    } catch (const core::Conflict&) {
      return testenv::Ended::kLost;
    }
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, 19);
  EXPECT_EQ(count("SELECT COUNT(*) FROM crm_distribution WHERE customer_id = ?", id), 1);
  auto c = crm::find(db(), id);
  EXPECT_EQ(c->taken_date, T);
  EXPECT_EQ(c->last_follow_date, T);
}

TEST_F(CrmGrab, PrivateCustomerCannotBeGrabbed) {
  auto a = consultant("甲"), b = consultant("乙");
  auto id = held(a, T, T);
  try {
    crm::grab(db(), policy, id, b, T);
    FAIL();
  } catch (const core::Conflict& e) {
    EXPECT_NE(std::string(e.what()).find("已被其他顾问抢走"), std::string::npos);
  }
  EXPECT_EQ(crm::find(db(), id)->consultant_id, a);
}

TEST_F(CrmGrab, CapStopsTheGrabAtTheLimit) {
  crm::Policy small = policy;
  small.private_cap = 2;
  auto a = consultant("甲");
  held(a, T, T);
  auto pub1 = crm::insert(db(), sample("一"), 0, T, 0);
  auto pub2 = crm::insert(db(), sample("二"), 0, T, 0);
  crm::grab(db(), small, pub1, a, T);
  try {
    crm::grab(db(), small, pub2, a, T);
    FAIL();
  } catch (const core::Conflict& e) {
    EXPECT_EQ(e.code, "cap");
  }
  EXPECT_EQ(crm::find(db(), pub2)->consultant_id, 0);
}

TEST_F(CrmGrab, PreviousConsultantWaitsOutTheCooldown) {
  auto a = consultant("甲");
  auto id = held(a, day(-5), day(-4));  // public since day(-0)
  crm::release_overdue(db(), policy, T);
  try {
    crm::grab(db(), policy, id, a, T);
    FAIL();
  } catch (const core::Conflict& e) {
    EXPECT_EQ(e.code, "cooldown");
  }
  EXPECT_NO_THROW(crm::grab(db(), policy, id, a, day(1)));
}

TEST_F(CrmGrab, OverdueBeforeTheJobEndsTheOldTenureAndCoolsDownTheHolder) {
  auto a = consultant("甲"), b = consultant("乙");
  auto id = held(a, day(-16), T);
  EXPECT_THROW(crm::grab(db(), policy, id, a, T), core::Conflict);
  crm::grab(db(), policy, id, b, T);
  EXPECT_EQ(crm::find(db(), id)->consultant_id, b);
  EXPECT_EQ(db().query("SELECT status FROM crm_distribution WHERE customer_id = ? AND"
                       " consultant_id = ?",
                       id, a)
                .one()
                .i64(0),
            4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM crm_cooldown WHERE customer_id = ?", id), 1);
}

TEST_F(CrmFollow, FollowUpRefreshesLastFollowDate) {
  auto a = consultant("甲");
  auto id = held(a, day(-2), day(-3));
  crm::follow_up(db(), policy, id, user(a), "电话沟通，意向Java", T);
  EXPECT_EQ(crm::find(db(), id)->last_follow_date, T);
  EXPECT_EQ(crm::follow_ups(db(), id).size(), 1u);
  EXPECT_FALSE(crm::find(db(), id)->is_public(policy, day(3)));
  EXPECT_TRUE(crm::find(db(), id)->is_public(policy, day(4)));
}

TEST_F(CrmFollow, OthersAndPublicCustomersCannotBeFollowed) {
  auto a = consultant("甲"), b = consultant("乙");
  auto id = held(a, T, T);
  EXPECT_THROW(crm::follow_up(db(), policy, id, user(b), "越权", T), core::Forbidden);
  auto gone = held(a, day(-16), T);
  EXPECT_THROW(crm::follow_up(db(), policy, gone, user(a), "晚了", T), core::Conflict);
  EXPECT_THROW(crm::follow_up(db(), policy, id, user(a), "  ", T), core::BadRequest);
  EXPECT_EQ(count("SELECT COUNT(*) FROM crm_follow_up WHERE customer_id = ?", id), 0);
}

TEST_F(CrmFollow, EnrollMakesADealThatStaysWithTheConsultant) {
  auto a = consultant("甲");
  auto id = held(a, day(-10), day(-1));
  crm::enroll(db(), policy, id, user(a), T);
  EXPECT_TRUE(crm::find(db(), id)->enrolled());
  EXPECT_EQ(count("SELECT status FROM crm_distribution WHERE customer_id = ?", id), 2);
  EXPECT_FALSE(crm::find(db(), id)->is_public(policy, day(100)));
  auto rows = crm::list_mine(db(), policy, a, T);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, 2);
}

TEST_F(CrmFollow, MyCustomersFollowingFirstDealsLastWithCountdown) {
  auto a = consultant("甲");
  auto deal = held(a, day(-1), T);
  crm::enroll(db(), policy, deal, user(a), T);
  auto lost = held(a, day(-5), day(-4));
  crm::release_overdue(db(), policy, T);
  auto fresh = held(a, day(-1), day(-1));
  auto rows = crm::list_mine(db(), policy, a, T);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].customer_id, fresh);
  EXPECT_EQ(rows[0].days_left, 3);  // followed yesterday: public on day(3)
  EXPECT_EQ(rows[1].customer_id, lost);
  EXPECT_EQ(rows[1].status, 3);
  EXPECT_EQ(rows[2].customer_id, deal);
}

TEST(CrmSequence, LayersGiveCBABAA) {
  std::vector<crm::Share> s = {{1, "a", 3, 1}, {2, "b", 2, 2}, {3, "c", 1, 3}};
  EXPECT_EQ(crm::sequence(s), (std::vector<long long>{3, 2, 1, 2, 1, 1}));
}

TEST(CrmSequence, DisabledAndZeroShareConsultantsAreLeftOut) {
  std::vector<crm::Share> s = {{1, "a", 3, 1}, {2, "b", 2, 2, false}, {3, "c", 0, 3}};
  EXPECT_EQ(crm::sequence(s), (std::vector<long long>{1, 1, 1}));
}

namespace {
struct Abc {
  long long a, b, c;
};
}  // namespace

class CrmAssignSeq : public CrmTest {
 protected:
  Abc abc() {
    Abc x{consultant("a"), consultant("b"), consultant("c")};
    crm::save_share(db(), x.a, 3, 1, true);
    crm::save_share(db(), x.b, 2, 2, true);
    crm::save_share(db(), x.c, 1, 3, true);
    return x;
  }
  long long assign(db::Connection& conn, const std::string& name = "新客户") {
    return crm::assign_new(conn, policy, sample(name), T, 0).consultant_id;
  }
  std::vector<long long> logged() {
    std::vector<long long> out;
    for (const auto& r :
         db().query("SELECT consultant_id FROM crm_assignment_log ORDER BY position").rows)
      out.push_back(r.i64(0));
    return out;
  }
};

TEST_F(CrmAssignSeq, FollowsCBABAAAndRepeats) {
  auto x = abc();
  std::vector<long long> got;
  for (int i = 0; i < 7; ++i) got.push_back(assign(db()));
  EXPECT_EQ(got, (std::vector<long long>{x.c, x.b, x.a, x.b, x.a, x.a, x.c}));
}

TEST_F(CrmAssignSeq, FourteenCustomersSplitSixFiveThree) {
  auto x = abc();
  std::map<long long, int> n;
  for (int i = 0; i < 14; ++i) ++n[assign(db())];
  EXPECT_EQ(n[x.a], 6);
  EXPECT_EQ(n[x.b], 5);
  EXPECT_EQ(n[x.c], 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM crm_distribution WHERE how = 'assign' AND ? > 0", 1), 14);
}

TEST_F(CrmAssignSeq, ParallelEntriesFollowTheSerialSequence) {
  auto x = abc();
  auto settings = db().settings();
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&] {
      db::Connection conn(settings);
      for (int i = 0; i < 6; ++i) assign(conn);
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(logged(),
            (std::vector<long long>{x.c, x.b, x.a, x.b, x.a, x.a, x.c, x.b, x.a, x.b, x.a, x.a}));
}

TEST_F(CrmAssignSeq, ANewConnectionContinuesThePosition) {
  auto x = abc();
  assign(db());
  assign(db());
  db::Connection restarted(db().settings());  // a restarted process: nothing in memory
  EXPECT_EQ(assign(restarted), x.a);
}

TEST_F(CrmAssignSeq, FailedInsertGivesTheTurnBack) {
  auto x = abc();
  auto first = sample("一");
  crm::assign_new(db(), policy, first, T, 0);  // c
  auto dup = sample("重复");
  dup.phone = first.phone;
  EXPECT_THROW(crm::assign_new(db(), policy, dup, T, 0), core::Conflict);
  EXPECT_EQ(assign(db()), x.b);
  EXPECT_EQ(count("SELECT COUNT(*) FROM crm_customer WHERE ? > 0", 1), 2);
}

TEST_F(CrmAssignSeq, DisabledConsultantIsSkipped) {
  auto x = abc();
  crm::save_share(db(), x.b, 2, 2, false);
  std::vector<long long> got;
  for (int i = 0; i < 4; ++i) got.push_back(assign(db()));
  EXPECT_EQ(got, (std::vector<long long>{x.c, x.a, x.a, x.a}));
  db().query("UPDATE user SET disabled = 1 WHERE id = ?", x.c);
  EXPECT_EQ(assign(db()), x.a);
}

TEST_F(CrmAssignSeq, ConsultantAtCapIsSkippedWithTheReasonLogged) {
  auto x = abc();
  policy.private_cap = 1;
  held(x.c, T, T);
  auto a = crm::assign_new(db(), policy, sample("一"), T, 0);
  EXPECT_EQ(a.consultant_id, x.b);
  EXPECT_NE(a.reason.find("上限"), std::string::npos);
  EXPECT_EQ(db().query("SELECT reason FROM crm_assignment_log WHERE customer_id = ?", a.customer_id)
                .one()
                .str(0),
            a.reason);
}

TEST_F(CrmAssignSeq, PreviewShowsTheNextTurns) {
  auto x = abc();
  assign(db());
  auto p = crm::preview(db(), policy, T, 20);
  ASSERT_EQ(p.size(), 20u);
  EXPECT_EQ(p[0].consultant_id, x.b);
  EXPECT_EQ(p[5].consultant_id, x.c);
}
