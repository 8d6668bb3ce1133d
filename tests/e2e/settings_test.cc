// /my/settings beyond profile and password: the avatar card and header picture, the 身份真实
// badge, and sessions that end everywhere when the password changes or an admin disables
// the account. (The WeChat card is tested with the fake WeChat in wechat_test.cc.)
#include <gtest/gtest.h>

#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/http.h"
#include "tests/support/pictures.h"
#include "tests/support/session.h"
#include "tests/support/sms.h"

using testenv::Http;

namespace {

constexpr auto npos = std::string::npos;

std::string phone_of(long long id) {
  return db::local().query("SELECT phone FROM user WHERE id = ?", id).one().str(0);
}

// Logs `c` in through the real form (make_user's password is secret123).
void log_in(Http& c, long long id, const std::string& password = "secret123") {
  auto form = c.get("/login");
  auto r =
      c.post("/login",
             {{"csrf_token", c.csrf(form.body)}, {"login", phone_of(id)}, {"password", password}});
  ASSERT_EQ(r.status, 303) << r.body;
}

bool logged_in(Http& c) { return c.get("/my/settings").status == 200; }

bool session_exists(const std::string& sid) {
  return redis::local().cmd({"EXISTS", redis::local().key("sess:" + sid)}).num == 1;
}

}  // namespace

TEST(SettingsAvatar, CardUploadsToMyAvatarAndTheHeaderShowsIt) {
  long long id = testenv::make_user("有头像的人");
  Http c;
  std::string csrf = testenv::login_as(c, id);
  auto before = c.get("/my/settings");
  ASSERT_EQ(before.status, 200);
  EXPECT_NE(before.body.find("action=\"/my/avatar\" enctype=\"multipart/form-data\""), npos);
  EXPECT_NE(before.body.find("name=\"avatar\" type=\"file\""), npos);
  EXPECT_NE(before.body.find("src=\"/img/avatar.svg\""), npos) << "placeholder without avatar";
  EXPECT_EQ(before.body.find("header-avatar"), npos);
  EXPECT_EQ(c.get("/img/avatar.svg").status, 200);

  auto up =
      c.post_multipart("/my/avatar", {{"csrf_token", testenv::find_csrf(before.body)}},
                       {{"avatar", "me.png", "image/png", testenv::picture("PNG", 400, 300)}});
  ASSERT_EQ(up.status, 303) << up.body;
  std::string hash =
      db::local().query("SELECT image FROM user_avatar WHERE user_id = ?", id).one().str(0);
  auto after = c.get("/my/settings");
  EXPECT_EQ(after.body.find("src=\"/img/avatar.svg\""), npos);
  EXPECT_NE(after.body.find(hash), npos);
  // The header shows it on any page for its owner...
  auto home = c.get("/terms");
  EXPECT_NE(home.body.find("class=\"header-avatar\""), npos);
  EXPECT_NE(home.body.find(hash), npos);
  // ...and nobody's avatar for an anonymous visitor.
  Http anon;
  EXPECT_EQ(anon.get("/terms").body.find("header-avatar"), npos);
}

TEST(SettingsBadge, VerifiedMembersSeeTheBadgeOthersDoNot) {
  long long plain = testenv::make_user("未认证会员"), checked = testenv::make_user("已认证会员");
  db::local().query("UPDATE user SET verified = 1 WHERE id = ?", checked);
  Http a, b;
  testenv::login_as(a, plain);
  testenv::login_as(b, checked);
  // The settings page explains the 身份真实 badge to everyone; only the verified carry it.
  EXPECT_EQ(a.get("/my/settings").body.find("verified-badge"), npos);
  auto page = b.get("/my/settings");
  EXPECT_NE(page.body.find("verified-badge"), npos);
  EXPECT_NE(page.body.find("身份真实"), npos);
}

TEST(SettingsSessions, PasswordChangeLogsOutTheOtherBrowsersOnly) {
  long long id = testenv::make_user("两台电脑");
  Http office, home;
  log_in(office, id);
  log_in(home, id);
  std::string home_sid = home.cookie("yc_sid");
  ASSERT_TRUE(logged_in(office));
  ASSERT_TRUE(logged_in(home));
  auto form = office.get("/my/settings");
  auto r = office.post("/my/settings", {{"csrf_token", office.csrf(form.body)},
                                        {"action", "password"},
                                        {"old_password", "secret123"},
                                        {"password", "new-secret"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_TRUE(logged_in(office)) << "the browser that changed it stays logged in";
  EXPECT_FALSE(logged_in(home));
  EXPECT_FALSE(session_exists(home_sid));
  // The other browser logs in again with the new password only.
  Http again;
  log_in(again, id, "new-secret");
  EXPECT_TRUE(logged_in(again));
}

TEST(SettingsSessions, PasswordResetLogsOutEverywhere) {
  long long id = testenv::make_user("被盗号的人");
  Http thief, owner;
  log_in(thief, id);
  log_in(owner, id);
  Http reset;
  auto page = reset.get("/password/reset");
  ASSERT_EQ(reset
                .post("/sms/code",
                      {{"csrf_token", reset.csrf(page.body)},
                       {"phone", phone_of(id)},
                       {"purpose", "reset"}},
                      {"Accept: application/json"})
                .status,
            200);
  auto r =
      reset.post("/password/reset", {{"csrf_token", reset.csrf(reset.get("/password/reset").body)},
                                     {"phone", phone_of(id)},
                                     {"sms_code", testenv::last_sms_code(phone_of(id))},
                                     {"password", "reset-pass"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_FALSE(logged_in(thief));
  EXPECT_FALSE(logged_in(owner));
}

TEST(SettingsSessions, AdminDisablingAMemberLogsThemOutEverywhere) {
  long long id = testenv::make_user("违规会员");
  Http phone, laptop;
  log_in(phone, id);
  log_in(laptop, id);
  std::vector<std::string> sids{phone.cookie("yc_sid"), laptop.cookie("yc_sid")};
  Http admin;
  std::string csrf = testenv::login_as(admin, testenv::make_user("管理员", "admin"));
  std::string url = "/admin/users/" + std::to_string(id);
  ASSERT_EQ(admin.post(url, {{"csrf_token", csrf}, {"action", "disable"}}).status, 303);
  for (const auto& sid : sids) EXPECT_FALSE(session_exists(sid));
  // Enabling the account later does not bring the old logins back.
  ASSERT_EQ(admin.post(url, {{"csrf_token", csrf}, {"action", "enable"}}).status, 303);
  EXPECT_FALSE(logged_in(phone));
  EXPECT_FALSE(logged_in(laptop));
  EXPECT_TRUE(logged_in(admin)) << "the admin's own session is untouched";
}
