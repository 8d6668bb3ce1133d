// Redis sessions against a real Redis.
#include "session/session.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "redis/client.h"
#include "session/user_card.h"

namespace {
session::Store store() { return session::Store(redis::local(), session::Lifetimes{86400, 604800}); }
long ttl(const std::string& id) {
  return redis::local().cmd({"TTL", redis::local().key("sess:" + id)}).num;
}
}  // namespace

TEST(Session, CreatedSessionHas128BitIdAndCsrfToken) {
  auto s = store().create();
  EXPECT_EQ(s.id.size(), 32u);
  EXPECT_EQ(s.csrf.size(), 32u);
  EXPECT_NE(s.id, s.csrf);
  auto loaded = store().load(s.id);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->csrf, s.csrf);
  EXPECT_EQ(loaded->user_id, 0);
  EXPECT_GT(ttl(s.id), 86000);
  EXPECT_LE(ttl(s.id), 86400);
}

TEST(Session, RotateAtLoginKillsOldIdAndKeepsData) {
  auto st = store();
  auto s = st.create();
  st.set(s, "wx_openid", "o123");
  auto n = st.rotate(s, 42, true);
  EXPECT_NE(n.id, s.id);
  EXPECT_FALSE(st.load(s.id));
  auto loaded = st.load(n.id);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->user_id, 42);
  EXPECT_TRUE(loaded->remember);
  EXPECT_EQ(loaded->data["wx_openid"], "o123");
  EXPECT_GT(ttl(n.id), 600000);
}

TEST(Session, DestroyedAndMalformedIdsLoadNothing) {
  auto st = store();
  auto s = st.create();
  st.destroy(s.id);
  EXPECT_FALSE(st.load(s.id));
  EXPECT_FALSE(st.load("../../etc/passwd"));
  EXPECT_FALSE(st.load(std::string(32, 'z')));
}

TEST(Session, RedisClientReconnectsAfterBeingKilled) {
  auto& r = redis::local();
  r.cmd({"CLIENT", "SETNAME", "victim"});
  {
    redis::Client other(redis::Settings::from_config());
    other.cmd({"CLIENT", "KILL", "SKIPME", "yes", "TYPE", "normal"});
  }
  EXPECT_EQ(r.cmd({"PING"}).str, "PONG");
}

namespace {
// A user id no other test (nor the e2e stack's accounts) uses, for its own session index.
long long fresh_user() {
  static long long n = 0;
  return 900000000000LL + static_cast<long long>(std::random_device{}() % 1000000) * 100 + ++n;
}
long ttl_of(const std::string& key) { return redis::local().cmd({"TTL", key}).num; }
std::string index_key(long long uid) {
  return redis::local().key("user_sessions:" + std::to_string(uid));
}
}  // namespace

TEST(SessionIndex, EndingAUsersSessionsKeepsOnlyTheOneAskedFor) {
  auto st = store();
  long long me = fresh_user(), other = fresh_user();
  auto a = st.rotate(st.create(), me, false);
  auto b = st.rotate(st.create(), me, true);
  auto c = st.rotate(st.create(), me, false);
  auto theirs = st.rotate(st.create(), other, false);
  EXPECT_EQ(st.user_sessions(me).size(), 3u);
  EXPECT_EQ(st.end_user_sessions(me, b.id), 2);
  EXPECT_FALSE(st.load(a.id));
  EXPECT_FALSE(st.load(c.id));
  EXPECT_TRUE(st.load(b.id));
  EXPECT_TRUE(st.load(theirs.id));
  EXPECT_EQ(st.user_sessions(me), std::vector<std::string>{b.id});
  EXPECT_EQ(st.end_user_sessions(me), 1);
  EXPECT_FALSE(st.load(b.id));
  EXPECT_TRUE(st.user_sessions(me).empty());
}

TEST(SessionIndex, LogoutAndExpiredSessionsLeaveTheIndex) {
  auto st = store();
  long long me = fresh_user();
  auto a = st.rotate(st.create(), me, false);
  auto b = st.rotate(st.create(), me, false);
  st.destroy(a.id);
  EXPECT_EQ(st.user_sessions(me), std::vector<std::string>{b.id});
  // b expires on its own; the next login prunes it instead of keeping it forever.
  redis::local().cmd({"DEL", redis::local().key("sess:" + b.id)});
  auto c = st.rotate(st.create(), me, false);
  EXPECT_EQ(st.user_sessions(me), std::vector<std::string>{c.id});
  // The index itself expires, no sooner than a remembered login could.
  EXPECT_GT(ttl_of(index_key(me)), 600000);
  EXPECT_LE(ttl_of(index_key(me)), 604800);
}

TEST(SessionIndex, UsingASessionKeepsItsIndexAliveAndIndexesOlderSessions) {
  auto st = store();
  long long me = fresh_user();
  auto a = st.rotate(st.create(), me, false);
  redis::local().cmd({"EXPIRE", index_key(me), "5"});
  ASSERT_TRUE(st.load(a.id));
  EXPECT_GT(ttl_of(index_key(me)), 600000) << "an active session must not outlive its index";
  // A session from before the index existed joins it the first time it is used.
  redis::local().cmd({"DEL", index_key(me)});
  ASSERT_TRUE(st.load(a.id));
  EXPECT_EQ(st.user_sessions(me), std::vector<std::string>{a.id});
  // Anonymous sessions are never indexed.
  auto anon = st.create();
  ASSERT_TRUE(st.load(anon.id));
  EXPECT_EQ(redis::local().cmd({"EXISTS", index_key(0)}).num, 0);
}

// The user's card (session/user_card.h) comes with the session, and only while neither the
// user nor every user has changed since it was made.
TEST(SessionCard, ComesWithTheSessionUntilTheUserOrEveryUserChanges) {
  auto st = store();
  auto& r = redis::local();
  long long uid = 900000000 + std::random_device{}() % 1000000;
  auto s = st.rotate(session::Session{}, uid, false);
  auto first = st.load(s.id);
  ASSERT_TRUE(first);
  EXPECT_TRUE(first->card.empty()) << "no card yet";
  ASSERT_FALSE(first->card_gen.empty());
  session::keep_card(r, uid, first->card_gen, {{"u.name", "卡片"}, {"unread", "3"}});
  auto second = st.load(s.id);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->card["u.name"], "卡片");
  EXPECT_EQ(second->card["unread"], "3");

  session::user_changed_now(r, uid);
  auto third = st.load(s.id);
  EXPECT_TRUE(third->card.empty()) << "the user changed";
  session::keep_card(r, uid, third->card_gen, {{"unread", "4"}});
  EXPECT_EQ(st.load(s.id)->card["unread"], "4");
  session::user_changed_now(r, 0);
  EXPECT_TRUE(st.load(s.id)->card.empty()) << "every user changed (a notice)";
}

TEST(SessionCard, ACardMadeBeforeAChangeIsNeverKept) {
  auto st = store();
  auto& r = redis::local();
  long long uid = 910000000 + std::random_device{}() % 1000000;
  auto s = st.rotate(session::Session{}, uid, false);
  auto read = st.load(s.id);          // a request reads the generation, then the database...
  session::user_changed_now(r, uid);  // ...while another commits a change and raises it
  session::keep_card(r, uid, read->card_gen, {{"unread", "0"}});
  EXPECT_TRUE(st.load(s.id)->card.empty()) << "the card read before the change is dropped";
}

// Counters registered with session::watch_counter come with every session, logged in or not.
TEST(SessionCounters, WatchedCountersComeWithTheSessionAsTheyAreNow) {
  auto st = store();
  auto& r = redis::local();
  session::watch_counter("test:watched");
  r.cmd({"DEL", r.key("test:watched")});
  auto anon = st.create();
  auto a = st.load(anon.id);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->counters["test:watched"], "") << "unset";
  r.cmd({"INCR", r.key("test:watched")});
  EXPECT_EQ(st.load(anon.id)->counters["test:watched"], "1");
  auto in = st.rotate(session::Session{}, 920000000 + std::random_device{}() % 1000000, false);
  r.cmd({"INCR", r.key("test:watched")});
  auto l = st.load(in.id);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->counters["test:watched"], "2");
  EXPECT_FALSE(l->card_gen.empty()) << "the card's generation still comes along";
}
