// Followed varieties in /my/settings: add by name or alias, remove one's own, unknown names
// refused with the message on the card.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

db::Connection& sql() { return db::local(); }

long long followed(long long user) {
  return sql().query("SELECT COUNT(*) FROM followed_variety WHERE user_id = ?", user).one().i64(0);
}

long long variety(const std::string& name) {
  return sql().query("SELECT id FROM variety WHERE name = ?", name).one().i64(0);
}

}  // namespace

TEST(MarketFollow, SettingsAddsListsAndRemovesFollowedVarieties) {
  long long uid = testenv::make_user("关注会员");
  Http c;
  std::string csrf = testenv::login_as(c, uid);
  auto r =
      c.post("/my/settings", {{"csrf_token", csrf}, {"action", "follow"}, {"variety", "黄芪"}});
  ASSERT_EQ(r.status, 303) << r.body.substr(0, 2000);
  c.post("/my/settings", {{"csrf_token", csrf}, {"action", "follow"}, {"variety", "党参"}});
  c.post("/my/settings", {{"csrf_token", csrf}, {"action", "follow"}, {"variety", "黄芪"}});
  EXPECT_EQ(followed(uid), 2);
  auto page = c.get("/my/settings");
  EXPECT_NE(page.body.find(">黄芪</span>"), std::string::npos);
  EXPECT_NE(page.body.find(">党参</span>"), std::string::npos);

  auto bad = c.post("/my/settings",
                    {{"csrf_token", csrf}, {"action", "follow"}, {"variety", "不存在的草"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("品种库中没有「不存在的草」"), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"不存在的草\""), std::string::npos);
  EXPECT_EQ(followed(uid), 2);

  r = c.post("/my/settings", {{"csrf_token", csrf},
                              {"action", "unfollow"},
                              {"variety_id", std::to_string(variety("黄芪"))}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(followed(uid), 1);
  EXPECT_EQ(c.get("/my/settings").body.find(">黄芪</span>"), std::string::npos);
}

TEST(MarketFollow, UnfollowTouchesOnlyOnesOwnRows) {
  long long a = testenv::make_user("关注甲"), b = testenv::make_user("关注乙");
  sql().query("INSERT INTO followed_variety (user_id, variety_id) VALUES (?, ?)", a,
              variety("当归"));
  Http c;
  std::string csrf = testenv::login_as(c, b);
  auto r = c.post("/my/settings", {{"csrf_token", csrf},
                                   {"action", "unfollow"},
                                   {"variety_id", std::to_string(variety("当归"))}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(followed(a), 1);
}
