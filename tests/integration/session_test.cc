// Redis sessions against a real Redis.
#include <gtest/gtest.h>

#include "redis/client.h"
#include "session/session.h"

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
