// WeChat OAuth login and binding against the fake WeChat behind the test nginx.
#include <cgicc/CgiUtils.h>
#include <gtest/gtest.h>

#include "auth/account.h"
#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/fake_wechat.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"
#include "wechat/api.h"

using testenv::Http;

namespace {

class Wechat : public testenv::WechatTest {};

std::string query_value(const std::string& url, const std::string& name) {
  auto pos = url.find(name + "=");
  if (pos == std::string::npos) return "";
  auto end = url.find_first_of("&#", pos);
  return cgicc::form_urldecode(
      url.substr(pos + name.size() + 1,
                 end == std::string::npos ? std::string::npos : end - pos - name.size() - 1));
}

// WeChat's own browser: the official account's in-app OAuth is for it.
const std::string kInWechat =
    "User-Agent: Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Mobile Safari/537.36 "
    "MicroMessenger/8.0.43.2480";

// Starts the login inside WeChat and returns the state WeChat would echo.
std::string start(Http& c, const std::string& next = "/") {
  auto r = c.get("/wechat/login?next=" + next, {kInWechat});
  EXPECT_EQ(r.status, 302);
  return query_value(r.header("location"), "state");
}

std::string openid() {
  static int n = 0;
  return "o-" + testenv::unique_phone() + "-" + std::to_string(++n);
}

// A fresh code for `oid`, as WeChat would issue one per authorization.
std::string code_for(const std::string& oid) {
  static int n = 0;
  return "code-" + oid + "~t" + std::to_string(++n);
}

long long session_user(Http& c) {
  auto v = redis::local().cmd({"HGET", redis::local().key("sess:" + c.cookie("yc_sid")), "uid"});
  return v.nil() ? 0 : std::stoll(v.str);
}

long long bound_user(const std::string& oid) {
  auto r = db::local().query("SELECT id FROM user WHERE wechat_openid = ?", oid);
  return r.empty() ? 0 : r.one().i64(0);
}

}  // namespace

TEST_F(Wechat, LoginRedirectsToAuthorizeUrlWithStateInTheSession) {
  Http c;
  auto r = c.get("/wechat/login?next=/purchases", {kInWechat});
  EXPECT_EQ(r.status, 302);
  std::string loc = r.header("location");
  EXPECT_NE(loc.find("/wechat-fake/connect/oauth2/authorize?appid=wx-local-appid"),
            std::string::npos)
      << loc;
  EXPECT_NE(loc.find("redirect_uri=http%3A%2F%2F127.0.0.1%3A"), std::string::npos) << loc;
  EXPECT_NE(loc.find("response_type=code&scope=snsapi_base&state="), std::string::npos);
  EXPECT_EQ(loc.substr(loc.size() - 16), "#wechat_redirect");
  EXPECT_EQ(query_value(loc, "state").size(), 32u);
}

TEST_F(Wechat, BoundUserLogsInThroughTheRealRedirects) {
  long long id = testenv::make_user("微信用户");
  std::string oid = openid();
  db::local().query("UPDATE user SET wechat_openid = ? WHERE id = ?", oid, id);
  fake_->next_openid(oid);
  Http c;
  auto r = c.get("/wechat/login?next=/purchases", {kInWechat});
  std::string loc = r.header("location");
  loc = loc.substr(0, loc.find('#'));
  auto authorized = c.get(loc.substr(loc.find("/wechat-fake/")));  // the browser at WeChat
  ASSERT_EQ(authorized.status, 302) << authorized.body;
  std::string back = authorized.header("location");
  ASSERT_EQ(back.rfind(testenv::base_url() + "/wechat/callback?code=", 0), 0u) << back;
  auto done = c.get(back.substr(testenv::base_url().size()));
  EXPECT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.header("location"), "/purchases");
  EXPECT_EQ(session_user(c), id);
}

// A desktop browser scans the website app's QR code (issue 17): qrconnect with its own appid
// and scope snsapi_login; the code is exchanged with the website app's secret, and the person
// who logged in inside WeChat before is found by the shared unionid and logged in.
TEST_F(Wechat, DesktopBrowserLogsInByTheWebsiteQrCode) {
  long long id = testenv::make_user("扫码用户");
  std::string oid = openid();
  db::local().query("UPDATE user SET wechat_openid = ?, wechat_unionid = ? WHERE id = ?", oid,
                    "u-" + oid, id);
  fake_->next_openid(oid);
  Http c;
  auto r = c.get("/wechat/login?next=/my/quotes",
                 {"User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36"});
  ASSERT_EQ(r.status, 302);
  std::string loc = r.header("location");
  EXPECT_NE(loc.find("/wechat-fake/connect/qrconnect?appid=wx-local-webapp&redirect_uri="),
            std::string::npos)
      << loc;
  EXPECT_NE(loc.find("&response_type=code&scope=snsapi_login&state="), std::string::npos) << loc;
  EXPECT_EQ(loc.substr(loc.size() - 16), "#wechat_redirect");
  loc = loc.substr(0, loc.find('#'));
  auto scanned = c.get(loc.substr(loc.find("/wechat-fake/")));  // the phone scanned the code
  ASSERT_EQ(scanned.status, 302) << scanned.body;
  auto done = c.get(scanned.header("location").substr(testenv::base_url().size()));
  EXPECT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.header("location"), "/my/quotes");
  EXPECT_EQ(session_user(c), id);
  auto row =
      db::local().query("SELECT wechat_openid, wechat_web_openid FROM user WHERE id = ?", id);
  EXPECT_EQ(row.one().str(0), oid) << "the official account's openid stays for its messages";
  EXPECT_EQ(row.one().str(1), "web-" + oid);
}

TEST_F(Wechat, BadOrMissingStateIsRefused) {
  Http c;
  start(c);
  auto r = c.get("/wechat/callback?code=code-" + openid() + "&state=" + std::string(32, 'f'));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("登录请求已失效或来源无效"), std::string::npos);
  Http fresh;  // no session at all
  EXPECT_EQ(fresh.get("/wechat/callback?code=code-x&state=abc").status, 400);
}

TEST_F(Wechat, ReusedCodeGetsAClearPage) {
  std::string oid = openid();
  Http a, b;
  std::string sa = start(a), sb = start(b);
  EXPECT_EQ(a.get("/wechat/callback?code=code-" + oid + "&state=" + sa).status, 200);
  auto again = b.get("/wechat/callback?code=code-" + oid + "&state=" + sb);
  EXPECT_EQ(again.status, 400);
  EXPECT_NE(again.body.find("该微信授权已使用或已过期"), std::string::npos);
  // The state too is single use.
  EXPECT_EQ(a.get("/wechat/callback?code=code-" + openid() + "&state=" + sa).status, 400);
}

TEST_F(Wechat, RefusalAndApiErrorGetClearPages) {
  Http c;
  auto refused = c.get("/wechat/callback?state=" + start(c));
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("您取消了微信授权"), std::string::npos);
  fake_->fail_api(true);
  auto down = c.get("/wechat/callback?code=code-" + openid() + "&state=" + start(c));
  fake_->fail_api(false);
  EXPECT_EQ(down.status, 502);
  EXPECT_NE(down.body.find("暂时无法连接微信"), std::string::npos);
  EXPECT_EQ(session_user(c), 0);
}

TEST_F(Wechat, LoggedInUserGetsBound) {
  long long id = testenv::make_user("要绑定的人");
  Http c;
  testenv::login_as(c, id);
  std::string oid = openid();
  auto r = c.get("/wechat/callback?code=code-" + oid + "&state=" + start(c, "/my/settings"));
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("location"), "/my/settings");
  EXPECT_EQ(bound_user(oid), id);
  // Another account cannot take the same openid.
  long long other = testenv::make_user("另一个人");
  Http d;
  testenv::login_as(d, other);
  auto taken = d.get("/wechat/callback?code=" + code_for(oid) + "&state=" + start(d));
  EXPECT_EQ(taken.status, 409);
  EXPECT_NE(taken.body.find("该微信已绑定其他账号"), std::string::npos);
  EXPECT_EQ(bound_user(oid), id);
}

TEST_F(Wechat, NewVisitorLogsInThenIsBound) {
  std::string oid = openid();
  Http c;
  auto r = c.get("/wechat/callback?code=code-" + oid + "&state=" + start(c, "/purchases"));
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("尚未绑定账号"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/login?next=/purchases\""), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/register?next=/purchases\""), std::string::npos);
  EXPECT_EQ(bound_user(oid), 0);
  auth::NewAccount a;
  a.phone = testenv::unique_phone();
  a.password = "pass1234";
  a.name = "微信新用户";
  long long id = auth::create_account(db::local(), a);
  auto form = c.get("/login?next=/purchases");
  EXPECT_NE(form.body.find("您的微信将与此账号绑定"), std::string::npos);
  auto in = c.post("/login", {{"csrf_token", c.csrf(form.body)},
                              {"login", a.phone},
                              {"password", "pass1234"},
                              {"next", "/purchases"}});
  EXPECT_EQ(in.status, 303);
  EXPECT_EQ(bound_user(oid), id);
  // From now on WeChat alone logs this user in.
  Http later;
  auto again = later.get("/wechat/callback?code=" + code_for(oid) + "&state=" + start(later));
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(session_user(later), id);
}

TEST_F(Wechat, AccessTokenIsCachedInRedis) {
  redis::local().cmd({"DEL", redis::local().key("wechat:access_token")});
  int before = fake_->token_calls();
  std::string t1 = wechat::access_token(redis::local());
  std::string t2 = wechat::access_token(redis::local());
  EXPECT_EQ(t1, t2);
  EXPECT_EQ(fake_->token_calls(), before + 1);
  long ttl = redis::local().cmd({"TTL", redis::local().key("wechat:access_token")}).num;
  EXPECT_GT(ttl, 6000);
  EXPECT_LE(ttl, 6900);
}

TEST_F(Wechat, SettingsCardBindsThroughItsLinkAndUnbindsWithCsrf) {
  long long id = testenv::make_user("设置页绑定");
  Http c;
  std::string csrf = testenv::login_as(c, id);
  auto page = c.get("/my/settings");
  EXPECT_NE(page.body.find("未绑定微信"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/wechat/login?next=/my/settings\""), std::string::npos);
  EXPECT_EQ(page.body.find("wechat_unbind"), std::string::npos);
  // Following the card's link: WeChat sends the member back to the settings page, now bound.
  std::string oid = openid();
  auto r = c.get("/wechat/callback?code=" + code_for(oid) + "&state=" + start(c, "/my/settings"));
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("location"), "/my/settings");
  ASSERT_EQ(bound_user(oid), id);
  db::local().query("UPDATE user SET wechat_unionid = ? WHERE id = ?", "u-" + oid, id);
  page = c.get("/my/settings");
  EXPECT_NE(page.body.find("已绑定微信"), std::string::npos);
  EXPECT_NE(page.body.find("value=\"wechat_unbind\""), std::string::npos);
  // Without the CSRF token nothing changes.
  EXPECT_EQ(c.post("/my/settings", {{"action", "wechat_unbind"}}).status, 403);
  EXPECT_EQ(bound_user(oid), id);
  auto done = c.post("/my/settings", {{"csrf_token", csrf}, {"action", "wechat_unbind"}});
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.header("location"), "/my/settings?saved=wechat_unbind");
  auto row =
      db::local().query("SELECT wechat_openid, wechat_unionid FROM user WHERE id = ?", id).one();
  EXPECT_TRUE(row.null(0));
  EXPECT_TRUE(row.null(1));
  page = c.get("/my/settings?saved=wechat_unbind");
  EXPECT_NE(page.body.find("已解除微信绑定"), std::string::npos);
  EXPECT_NE(page.body.find("未绑定微信"), std::string::npos);
  // That WeChat no longer logs into the account: the visitor is asked to log in or register.
  Http d;
  auto w = d.get("/wechat/callback?code=" + code_for(oid) + "&state=" + start(d));
  EXPECT_EQ(w.status, 200);
  EXPECT_NE(w.body.find("尚未绑定账号"), std::string::npos);
  EXPECT_EQ(session_user(d), 0);
}
