// Registration, SMS codes over HTTP, password reset and settings through nginx.
#include <gtest/gtest.h>

#include "auth/account.h"
#include "db/connection.h"
#include "redis/client.h"
#include "sms/code.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/sms.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

long long session_user(Http& c) {
  auto v = redis::local().cmd({"HGET", redis::local().key("sess:" + c.cookie("yc_sid")), "uid"});
  return v.nil() ? 0 : std::stoll(v.str);
}

testenv::HttpResponse send_code(Http& c, const std::string& phone, const std::string& purpose) {
  auto page = c.get(purpose == "reset" ? "/password/reset" : "/register");
  return c.post("/sms/code",
                {{"csrf_token", c.csrf(page.body)}, {"phone", phone}, {"purpose", purpose}},
                {"Accept: application/json"});
}

testenv::Fields registration(Http& c, const std::string& phone, const std::string& code) {
  return {{"csrf_token", c.csrf(c.get("/register").body)},
          {"phone", phone},
          {"sms_code", code},
          {"password", "pass1234"},
          {"name", "亳州测试饮片厂"},
          {"nickname", "王经理"},
          {"user_type", "1"},
          {"agree", "1"}};
}

long long user_by_phone(const std::string& phone) {
  auto r = db::local().query("SELECT id FROM user WHERE phone = ?", phone);
  return r.empty() ? 0 : r.one().i64(0);
}

}  // namespace

TEST(Register, EndToEndWithCodeFromTheSmsLog) {
  auto phone = testenv::unique_phone();
  Http c;
  auto sent = send_code(c, phone, "register");
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.json()["ok"], true);
  auto code = testenv::last_sms_code(phone);
  ASSERT_EQ(code.size(), 6u);
  std::string anon_sid = c.cookie("yc_sid");
  auto r = c.post("/register", registration(c, phone, code));
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("location"), "/");
  long long id = user_by_phone(phone);
  ASSERT_GT(id, 0);
  EXPECT_EQ(session_user(c), id);
  EXPECT_NE(c.cookie("yc_sid"), anon_sid);
  auto row = db::local().query("SELECT name, nickname, user_type FROM user WHERE id = ?", id).one();
  EXPECT_EQ(row.str(0), "亳州测试饮片厂");
  EXPECT_EQ(row.str(1), "王经理");
  EXPECT_EQ(row.i64(2), 1);
  EXPECT_NE(c.get("/").body.find("王经理"), std::string::npos);
}

TEST(Register, WrongExpiredOrOtherPhonesCodeIsRefused) {
  auto phone = testenv::unique_phone(), other = testenv::unique_phone();
  Http c;
  ASSERT_EQ(send_code(c, phone, "register").status, 200);
  auto code = testenv::last_sms_code(phone);
  std::string wrong = code == "000000" ? "111111" : "000000";
  auto r = c.post("/register", registration(c, phone, wrong));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("验证码错误或已过期"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"" + phone + "\""), std::string::npos) << "values kept";
  EXPECT_EQ(c.post("/register", registration(c, other, code)).status, 400);
  EXPECT_EQ(user_by_phone(other), 0);
  redis::local().cmd({"PEXPIRE", redis::local().key(sms::code_key(phone, "register")), "1"});
  usleep(10000);
  EXPECT_EQ(c.post("/register", registration(c, phone, code)).status, 400);
  EXPECT_EQ(user_by_phone(phone), 0);
  EXPECT_EQ(session_user(c), 0);
}

TEST(Register, UsedCodeCannotRegisterAgain) {
  auto phone = testenv::unique_phone();
  Http c;
  ASSERT_EQ(send_code(c, phone, "register").status, 200);
  auto code = testenv::last_sms_code(phone);
  ASSERT_EQ(c.post("/register", registration(c, phone, code)).status, 303);
  Http d;
  d.get("/register");
  auto again = d.post("/register", registration(d, phone, code));
  EXPECT_EQ(again.status, 400);
  EXPECT_EQ(db::local().query("SELECT id FROM user WHERE phone = ?", phone).rows.size(), 1u);
}

TEST(Register, DuplicatePhoneIsRefusedBeforeAnyCodeIsSent) {
  long long id = testenv::make_user("老用户");
  auto phone = db::local().query("SELECT phone FROM user WHERE id = ?", id).one().str(0);
  Http c;
  auto r = send_code(c, phone, "register");
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json()["error"], "phone_taken");
  EXPECT_EQ(testenv::sms_count(phone), 0);
  auto form = c.post("/register", registration(c, phone, "123456"));
  EXPECT_EQ(form.status, 400);
  EXPECT_NE(form.body.find("该手机号已注册"), std::string::npos);
}

TEST(Register, SecondCodeWithinAMinuteIs429) {
  auto phone = testenv::unique_phone();
  Http c;
  ASSERT_EQ(send_code(c, phone, "register").status, 200);
  auto r = send_code(c, phone, "register");
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(r.json()["ok"], false);
  EXPECT_EQ(testenv::sms_count(phone), 1);
}

TEST(Register, MissingAgreementOrBadFieldsKeepTheCode) {
  auto phone = testenv::unique_phone();
  Http c;
  ASSERT_EQ(send_code(c, phone, "register").status, 200);
  auto code = testenv::last_sms_code(phone);
  auto f = registration(c, phone, code);
  f.pop_back();  // no agree
  auto r = c.post("/register", f);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("服务条款"), std::string::npos);
  auto g = registration(c, phone, code);
  g[3].second = "123";  // too short a password
  EXPECT_EQ(c.post("/register", g).status, 400);
  EXPECT_EQ(c.post("/register", registration(c, phone, code)).status, 303)
      << "the code survives errors in other fields";
}

TEST(Register, PostWithoutCsrfIs403AndCreatesNothing) {
  auto phone = testenv::unique_phone();
  Http c;
  ASSERT_EQ(send_code(c, phone, "register").status, 200);
  auto f = registration(c, phone, testenv::last_sms_code(phone));
  f[0].second = "";
  EXPECT_EQ(c.post("/register", f).status, 403);
  EXPECT_EQ(user_by_phone(phone), 0);
  auto j = c.post("/sms/code", {{"phone", testenv::unique_phone()}, {"purpose", "register"}});
  EXPECT_EQ(j.status, 403);
}

TEST(Register, TermsPageExists) {
  Http c;
  auto r = c.get("/terms");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("服务条款"), std::string::npos);
}

TEST(PasswordReset, BySmsCodeThenLoginWithTheNewPassword) {
  long long id = testenv::make_user("忘记密码的人");
  auto phone = db::local().query("SELECT phone FROM user WHERE id = ?", id).one().str(0);
  Http c;
  ASSERT_EQ(send_code(c, phone, "reset").status, 200);
  auto code = testenv::last_sms_code(phone);
  auto bad = c.post("/password/reset", {{"csrf_token", c.csrf(c.get("/password/reset").body)},
                                        {"phone", phone},
                                        {"sms_code", code == "000000" ? "111111" : "000000"},
                                        {"password", "brand-new"}});
  EXPECT_EQ(bad.status, 400);
  auto r = c.post("/password/reset", {{"csrf_token", c.csrf(c.get("/password/reset").body)},
                                      {"phone", phone},
                                      {"sms_code", code},
                                      {"password", "brand-new"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/login?reset=1");
  Http d;
  auto form = d.get("/login");
  EXPECT_EQ(d.post("/login",
                   {{"csrf_token", d.csrf(form.body)}, {"login", phone}, {"password", "secret123"}})
                .status,
            400);
  EXPECT_EQ(d.post("/login",
                   {{"csrf_token", d.csrf(form.body)}, {"login", phone}, {"password", "brand-new"}})
                .status,
            303);
}

TEST(PasswordReset, UnknownPhoneGetsNoCode) {
  auto phone = testenv::unique_phone();
  Http c;
  auto r = send_code(c, phone, "reset");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(testenv::sms_count(phone), 0);
}

TEST(Settings, NeedsLogin) {
  Http c;
  auto r = c.get("/my/settings");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/login?next=%2Fmy%2Fsettings");
}

TEST(Settings, ProfileAndPasswordChange) {
  long long id = testenv::make_user("旧名字");
  Http c;
  std::string csrf = testenv::login_as(c, id);
  auto page = c.get("/my/settings");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("旧名字"), std::string::npos);
  auto r = c.post("/my/settings", {{"csrf_token", csrf},
                                   {"action", "profile"},
                                   {"name", "新名字"},
                                   {"nickname", "小李"},
                                   {"user_type", "6"}});
  EXPECT_EQ(r.status, 303);
  auto row = db::local().query("SELECT name, nickname, user_type FROM user WHERE id = ?", id).one();
  EXPECT_EQ(row.str(0), "新名字");
  EXPECT_EQ(row.str(1), "小李");
  EXPECT_EQ(row.i64(2), 6);
  auto empty =
      c.post("/my/settings",
             {{"csrf_token", csrf}, {"action", "profile"}, {"name", ""}, {"user_type", "6"}});
  EXPECT_EQ(empty.status, 400);
  auto wrong = c.post("/my/settings", {{"csrf_token", csrf},
                                       {"action", "password"},
                                       {"old_password", "nope-nope"},
                                       {"password", "changed1"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body.find("原密码不正确"), std::string::npos);
  std::string sid = c.cookie("yc_sid");
  auto ok = c.post("/my/settings", {{"csrf_token", csrf},
                                    {"action", "password"},
                                    {"old_password", "secret123"},
                                    {"password", "changed1"}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_NE(c.cookie("yc_sid"), sid) << "a password change rotates the session";
  EXPECT_EQ(session_user(c), id);
}

// The audit: "123456" was accepted as a password.
TEST(Register, CommonAndPatternPasswordsAreRefusedKindly) {
  auto phone = testenv::unique_phone();
  Http c;
  ASSERT_EQ(send_code(c, phone, "register").status, 200);
  std::string code = testenv::last_sms_code(phone);
  for (const char* weak :
       {"123456", "654321", "111111", "aaaaaaaa", "Password", "woaini1314", "0123456789"}) {
    auto f = registration(c, phone, code);
    for (auto& [k, v] : f)
      if (k == "password") v = weak;
    auto r = c.post("/register", f);
    EXPECT_EQ(r.status, 400) << weak;
    EXPECT_NE(r.body.find("这个密码太常见"), std::string::npos) << weak;
  }
  EXPECT_EQ(user_by_phone(phone), 0);
  EXPECT_EQ(c.post("/register", registration(c, phone, code)).status, 303) << "pass1234 is fine";
}

TEST(Settings, NewPasswordMayNotBeACommonOne) {
  long long id = testenv::make_user("改密码");
  Http c;
  std::string csrf = testenv::login_as(c, id);
  auto r = c.post("/my/settings", {{"csrf_token", csrf},
                                   {"action", "password"},
                                   {"old_password", "secret123"},
                                   {"password", "888888"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("这个密码太常见"), std::string::npos);
}

// The audit: /sms/code tells whether a phone is registered, and asking was not limited.
TEST(SmsCode, AskingIsLimitedPerIpBeforeAnythingIsRevealed) {
  long long id = testenv::make_user("已注册");
  auto phone = db::local().query("SELECT phone FROM user WHERE id = ?", id).one().str(0);
  auto& r = redis::local();
  std::string key = r.key("throttle:sms:ask:ip:127.0.0.1");
  r.cmd({"SET", key, "300", "EX", "3600"});  // the IP used up [sms] per_ip_hour
  Http c;
  auto answer = send_code(c, phone, "register");
  r.cmd({"DEL", key});
  EXPECT_EQ(answer.status, 429);
  EXPECT_EQ(answer.json()["ok"], false);
  EXPECT_EQ(answer.body.find("已注册"), std::string::npos) << "nothing said about the phone";
}
