// The watch app API through nginx, part 1: signing in, circles, invites, members, contacts and
// binding watches (spec §5, §7). Every answer is the {"ok":…} envelope with a real status.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/race.h"
#include "tests/support/sms.h"
#include "tests/support/stack.h"
#include "tests/support/watch_app.h"

using nlohmann::json;
using testenv::App;
using testenv::Http;

namespace {

json data(const testenv::HttpResponse& r) { return r.json().at("data"); }

long long count(const std::string& sql, const std::string& key) {
  return db::local().query(sql, key).one().i64(0);
}

// Joins `circle` as `app` through a fresh invite code of `owner`.
testenv::HttpResponse join(App& owner, App& app, const std::string& circle,
                           const std::string& name) {
  auto code = data(owner.post("/v1/circles/" + circle + "/invite"))["code"].get<std::string>();
  return app.post("/v1/circles/join", {{"code", code}, {"name", name}});
}

}  // namespace

TEST(WatchSession, SmsCodeSignsInANewPhoneAndRenewEndsTheOldToken) {
  Http c;
  std::string phone = testenv::unique_phone();
  auto sent = c.post_json("/v1/sms/code", {{"phone", phone}, {"purpose", "login"}});
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.json()["ok"], true);
  auto wrong = c.post_json("/v1/sessions", {{"phone", phone}, {"code", "000000"}});
  if (testenv::last_sms_code(phone) != "000000") {
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.json()["ok"], false);
    EXPECT_EQ(wrong.json()["field"], "code");
  }
  auto s = c.post_json("/v1/sessions", {{"phone", phone}, {"code", testenv::last_sms_code(phone)}});
  ASSERT_EQ(s.status, 201) << s.body;
  EXPECT_EQ(data(s)["new_user"], true);
  std::string token = data(s)["token"];
  EXPECT_EQ(token.size(), 64u);
  EXPECT_EQ(data(s)["expires_in"], 30 * 24 * 3600);
  EXPECT_EQ(count("SELECT COUNT(*) FROM user WHERE phone = ?", phone), 1);

  auto me = c.get("/v1/me", {"Authorization: Bearer " + token});
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(data(me)["phone"], phone);

  auto renewed =
      c.post_json("/v1/sessions/renew", json::object(), {"Authorization: Bearer " + token});
  ASSERT_EQ(renewed.status, 200) << renewed.body;
  std::string fresh = data(renewed)["token"];
  EXPECT_NE(fresh, token);
  EXPECT_EQ(c.get("/v1/me", {"Authorization: Bearer " + token}).status, 401);
  EXPECT_EQ(c.get("/v1/me", {"Authorization: Bearer " + fresh}).status, 200);
  // The code was used up: signing in again needs a new one.
  EXPECT_EQ(c.post_json("/v1/sessions", {{"phone", phone}, {"code", testenv::last_sms_code(phone)}})
                .status,
            400);
}

TEST(WatchSession, NoTokenIs401InTheEnvelope) {
  Http c;
  auto r = c.get("/v1/circles");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.json()["ok"], false);
  EXPECT_EQ(r.json()["error"], "unauthorized");
  EXPECT_FALSE(r.json()["message"].get<std::string>().empty());
  EXPECT_EQ(c.get("/v1/me", {"Authorization: Bearer nonsense"}).status, 401);
}

TEST(WatchCircle, IdHasTenDigits) {
  App a;
  for (int i = 0; i < 3; ++i) {
    std::string id = a.new_circle("家" + std::to_string(i));
    EXPECT_EQ(id.size(), 10u) << id;
    EXPECT_EQ(id.find_first_not_of("0123456789"), std::string::npos) << id;
    EXPECT_NE(id[0], '0');
  }
  auto list = a.get("/v1/circles");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(data(list).size(), 3u);
}

TEST(WatchCircle, Utf8mb4NamesRoundTrip) {
  App a;
  std::string id = a.new_circle("小明🙂的家", "爸爸🙂");
  std::string imei = a.bound_watch(id, "小明🙂");
  auto c = a.get("/v1/circles/" + id);
  ASSERT_EQ(c.status, 200) << c.body;
  EXPECT_EQ(data(c)["name"], "小明🙂的家");
  EXPECT_EQ(data(c)["members"][0]["name"], "爸爸🙂");
  EXPECT_EQ(data(c)["devices"][0]["name"], "小明🙂");
  EXPECT_EQ(data(a.get("/v1/devices/" + imei))["name"], "小明🙂");
  auto bad = a.post("/v1/circles", {{"name", "<script>"}});
  ASSERT_EQ(bad.status, 201);
  EXPECT_EQ(data(bad)["name"], "<script>");  // JSON keeps text as text; pages escape it
}

TEST(WatchCircle, OutsidersGet404AndRenameWorksForMembers) {
  App a, stranger;
  std::string id = a.new_circle();
  EXPECT_EQ(stranger.get("/v1/circles/" + id).status, 404);
  EXPECT_EQ(stranger.patch("/v1/circles/" + id, {{"name", "抢来的"}}).status, 404);
  EXPECT_EQ(stranger.post("/v1/circles/" + id + "/invite").status, 404);
  EXPECT_EQ(stranger.get("/v1/circles/" + id + "/events").status, 404);
  EXPECT_EQ(stranger.get("/v1/circles/" + id + "/places").status, 404);
  EXPECT_EQ(
      stranger.post("/v1/circles/" + id + "/contacts", {{"phone", "13900000000"}, {"name", "x"}})
          .status,
      404);
  auto r = a.patch("/v1/circles/" + id, {{"name", "新家"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(data(r)["name"], "新家");
  EXPECT_EQ(a.patch("/v1/circles/" + id, {{"name", ""}}).status, 400);
}

TEST(WatchInvite, SixDigitsOneDayAndTheSameCodeWhileLive) {
  App a;
  std::string id = a.new_circle();
  auto first = a.post("/v1/circles/" + id + "/invite");
  ASSERT_EQ(first.status, 200) << first.body;
  std::string code = data(first)["code"];
  EXPECT_EQ(code.size(), 6u);
  EXPECT_EQ(code.find_first_not_of("0123456789"), std::string::npos);
  EXPECT_LE(data(first)["expires_in"].get<long>(), 86400);
  EXPECT_GT(data(first)["expires_in"].get<long>(), 86000);
  auto& r = redis::local();
  EXPECT_LE(r.cmd({"TTL", r.key("watch:invite:code:" + code)}).num, 86400);
  EXPECT_EQ(data(a.post("/v1/circles/" + id + "/invite"))["code"], code);
  // Once it expired, the circle gets a new code.
  r.cmd({"DEL", r.key("watch:invite:circle:" + id), r.key("watch:invite:code:" + code)});
  EXPECT_EQ(data(a.post("/v1/circles/" + id + "/invite"))["code"].get<std::string>().size(), 6u);
}

TEST(WatchInvite, WrongCodeIs403AndJoinMakesAMemberAndAnEvent) {
  App owner, dad;
  std::string id = owner.new_circle("我家", "妈妈");
  std::string code = data(owner.post("/v1/circles/" + id + "/invite"))["code"];
  std::string wrong = code == "999999" ? "999998" : "999999";
  auto refused = dad.post("/v1/circles/join", {{"code", wrong}, {"name", "爸爸"}});
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(refused.json()["ok"], false);
  EXPECT_EQ(dad.post("/v1/circles/join", {{"code", "abc"}}).status, 403);

  auto joined = dad.post("/v1/circles/join", {{"code", code}, {"name", "爸爸"}});
  ASSERT_EQ(joined.status, 201) << joined.body;
  EXPECT_EQ(data(joined)["id"], id);
  EXPECT_EQ(data(joined)["members"].size(), 2u);
  auto feed = owner.get("/v1/circles/" + id + "/events");
  ASSERT_EQ(feed.status, 200);
  ASSERT_FALSE(data(feed).empty());
  EXPECT_EQ(data(feed)[0]["type"], "member_joined");
  EXPECT_EQ(data(feed)[0]["uid"], dad.uid);

  auto again = dad.post("/v1/circles/join", {{"code", code}, {"name", "爸爸2"}});
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_member WHERE circle_id = ?", id), 2);
}

TEST(WatchMembers, LastMemberCannotLeaveAndOnlyTheOwnerRemovesOthers) {
  App owner, kid_aunt;
  std::string id = owner.new_circle();
  auto alone = owner.del("/v1/circles/" + id + "/members/" + std::to_string(owner.uid));
  EXPECT_EQ(alone.status, 409) << alone.body;
  ASSERT_EQ(join(owner, kid_aunt, id, "姑姑").status, 201);
  EXPECT_EQ(kid_aunt.del("/v1/circles/" + id + "/members/" + std::to_string(owner.uid)).status,
            403);
  EXPECT_EQ(owner.del("/v1/circles/" + id + "/members/" + std::to_string(kid_aunt.uid)).status,
            200);
  EXPECT_EQ(kid_aunt.get("/v1/circles/" + id).status, 404);
  EXPECT_EQ(owner.del("/v1/circles/" + id + "/members/me").status, 409);
}

TEST(WatchMembers, PhoneAndNameConflictsInACircleAre409) {
  App owner, other;
  std::string id = owner.new_circle("我家", "妈妈");
  // A contact may not take a member's name or phone, nor another contact's.
  EXPECT_EQ(
      owner.post("/v1/circles/" + id + "/contacts", {{"phone", "01088886666"}, {"name", "妈妈"}})
          .status,
      409);
  EXPECT_EQ(
      owner.post("/v1/circles/" + id + "/contacts", {{"phone", owner.phone}, {"name", "外婆"}})
          .status,
      409);
  ASSERT_EQ(
      owner.post("/v1/circles/" + id + "/contacts", {{"phone", "01088886666"}, {"name", "外婆"}})
          .status,
      201);
  EXPECT_EQ(
      owner.post("/v1/circles/" + id + "/contacts", {{"phone", "01088886666"}, {"name", "外公"}})
          .status,
      409);
  // A joining member may not take a name in use; a watch neither.
  EXPECT_EQ(join(owner, other, id, "外婆").status, 409);
  ASSERT_EQ(join(owner, other, id, "爸爸").status, 201);
  EXPECT_EQ(other.patch("/v1/circles/" + id + "/members/me", {{"name", "妈妈"}}).status, 409);
  std::string imei = testenv::switched_on_watch();
  owner.post("/v1/circles/" + id + "/bind-code", {{"imei", imei}});
  auto clash =
      owner.post("/v1/circles/" + id + "/devices",
                 {{"imei", imei}, {"code", testenv::bind_code_sent(imei)}, {"name", "爸爸"}});
  EXPECT_EQ(clash.status, 409) << clash.body;
  // Removing the contact frees its name and phone.
  EXPECT_EQ(owner.del("/v1/circles/" + id + "/contacts/01088886666").status, 200);
  EXPECT_EQ(
      owner.post("/v1/circles/" + id + "/contacts", {{"phone", "01088886666"}, {"name", "外婆"}})
          .status,
      201);
}

TEST(WatchBind, CodeExpiresIsSingleUseAndHasNoFixedValue) {
  App a;
  std::string id = a.new_circle();
  std::string imei = testenv::switched_on_watch();
  EXPECT_EQ(
      a.post("/v1/circles/" + id + "/devices", {{"imei", imei}, {"code", "123456"}, {"name", "表"}})
          .status,
      403);
  ASSERT_EQ(a.post("/v1/circles/" + id + "/bind-code", {{"imei", imei}}).status, 202);
  std::string code = testenv::bind_code_sent(imei);
  ASSERT_EQ(code.size(), 6u);
  auto& r = redis::local();
  long ttl = r.cmd({"TTL", r.key("watch:bind:" + imei)}).num;
  EXPECT_GT(ttl, 0);
  EXPECT_LE(ttl, 900);
  for (std::string fixed : {"000000", "123456", "888888"}) {
    if (fixed != code) {
      EXPECT_EQ(a.post("/v1/circles/" + id + "/devices",
                       {{"imei", imei}, {"code", fixed}, {"name", "表"}})
                    .status,
                403);
    }
  }
  // Expired: the code no longer binds.
  r.cmd({"PEXPIRE", r.key("watch:bind:" + imei), "1"});
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(
      a.post("/v1/circles/" + id + "/devices", {{"imei", imei}, {"code", code}, {"name", "表"}})
          .status,
      403);
  // A fresh code binds once; using it again is refused.
  ASSERT_EQ(a.post("/v1/circles/" + id + "/bind-code", {{"imei", imei}}).status, 202);
  code = testenv::bind_code_sent(imei);
  auto bound =
      a.post("/v1/circles/" + id + "/devices", {{"imei", imei}, {"code", code}, {"name", "表"}});
  ASSERT_EQ(bound.status, 201) << bound.body;
  EXPECT_EQ(data(bound)["imei"], imei);
  EXPECT_EQ(a.del("/v1/circles/" + id + "/devices/" + imei).status, 200);
  EXPECT_EQ(
      a.post("/v1/circles/" + id + "/devices", {{"imei", imei}, {"code", code}, {"name", "表"}})
          .status,
      403);
}

TEST(WatchBind, AWatchInCircleAIs409ForB) {
  App a, b;
  std::string ca = a.new_circle(), cb = b.new_circle();
  std::string imei = a.bound_watch(ca);
  auto asked = b.post("/v1/circles/" + cb + "/bind-code", {{"imei", imei}});
  EXPECT_EQ(asked.status, 409) << asked.body;
  // Even with a code somehow sent for B before A bound it.
  std::string other = testenv::switched_on_watch();
  ASSERT_EQ(b.post("/v1/circles/" + cb + "/bind-code", {{"imei", other}}).status, 202);
  std::string code_b = testenv::bind_code_sent(other);
  ASSERT_EQ(a.post("/v1/circles/" + ca + "/bind-code", {{"imei", other}}).status, 202);
  std::string code_a = testenv::bind_code_sent(other);
  ASSERT_EQ(
      a.post("/v1/circles/" + ca + "/devices", {{"imei", other}, {"code", code_a}, {"name", "表2"}})
          .status,
      201);
  EXPECT_EQ(
      b.post("/v1/circles/" + cb + "/devices", {{"imei", other}, {"code", code_b}, {"name", "表"}})
          .status,
      409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_device WHERE imei = ? AND circle_id = " + ca, other),
            1);
  // Unbound by A, the watch can join B.
  ASSERT_EQ(a.del("/v1/circles/" + ca + "/devices/" + imei).status, 200);
  EXPECT_EQ(b.bound_watch(cb).size(), 15u);
}

TEST(WatchAccess, EveryDeviceUrlFromOutsideTheCircleIs404) {
  App a, stranger;
  std::string id = a.new_circle();
  std::string imei = a.bound_watch(id);
  std::string stranger_circle = stranger.new_circle();
  for (std::string rest :
       {"", "/location", "/positions", "/track", "/track/days", "/commands", "/alarms"}) {
    EXPECT_EQ(a.get("/v1/devices/" + imei + rest).status, 200) << rest;
    auto r = stranger.get("/v1/devices/" + imei + rest);
    EXPECT_EQ(r.status, 404) << rest;
    EXPECT_EQ(r.json()["ok"], false);
  }
  // An IMEI nobody has is indistinguishable from someone else's.
  EXPECT_EQ(stranger.get("/v1/devices/000000000000000").status, 404);
  EXPECT_EQ(stranger.patch("/v1/circles/" + id + "/devices/" + imei, {{"name", "x"}}).status, 404);
  EXPECT_EQ(stranger.del("/v1/circles/" + id + "/devices/" + imei).status, 404);
  EXPECT_EQ(stranger.post("/v1/devices/" + imei + "/commands", {{"type", "locate"}}).status, 404);
  EXPECT_EQ(
      stranger.put("/v1/devices/" + imei + "/alarms", {{"alarms", nlohmann::json::array()}}).status,
      404);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_command WHERE imei = ? AND type = 'locate'", imei),
            0);
  EXPECT_EQ(
      stranger.patch("/v1/circles/" + stranger_circle + "/devices/" + imei, {{"name", "x"}}).status,
      404);
  EXPECT_EQ(data(a.get("/v1/devices/" + imei))["name"], "小明手表");
}

TEST(WatchBind, TwoCirclesBindingOneWatchAtOnceOneWins) {
  App a, b;
  std::string ca = a.new_circle(), cb = b.new_circle();
  std::string imei = testenv::switched_on_watch();
  // Both codes are live at once only if each circle asked while the other had none: emulate
  // the race at the guarded UPDATE by binding in parallel with valid codes for each circle.
  ASSERT_EQ(a.post("/v1/circles/" + ca + "/bind-code", {{"imei", imei}}).status, 202);
  std::string code = testenv::bind_code_sent(imei);
  auto tally = testenv::race(4, [&](int i) {
    App& who = i % 2 ? b : a;
    Http c;
    auto r = c.send("POST", "/v1/circles/" + (i % 2 ? cb : ca) + "/devices",
                    {{"imei", imei}, {"code", code}, {"name", "并发" + std::to_string(i)}},
                    {"Authorization: Bearer " + who.token});
    // The loser's code may already be used up (403) or the watch bound (409).
    return testenv::by_status(r.status == 403 ? 409 : r.status, 201);
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, 3);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM watch_device WHERE imei = ? AND circle_id IS NOT NULL", imei), 1);
}
