// WeChat for CRM staff against the fake WeChat: the binding page's scene QR code and the
// template message a bound consultant gets when a customer is assigned to them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "crm/customer.h"
#include "crm/digest.h"
#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/fake_wechat.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"
#include "wechat/event.h"

using testenv::Http;

namespace {

class CrmWechatE2e : public testing::Test {
 protected:
  static void SetUpTestSuite() { fake_ = new testenv::FakeWechat(); }
  static void TearDownTestSuite() {
    delete fake_;
    fake_ = nullptr;
  }
  static testenv::FakeWechat* fake_;
};
testenv::FakeWechat* CrmWechatE2e::fake_ = nullptr;

// The signed query WeChat adds to every call of the server URL (tests/support/test.conf).
std::string signed_query(const std::string& token = "test-wechat-token") {
  static int n = 0;
  auto ts = std::to_string(1700000000 + ++n), nonce = "n" + std::to_string(n * 7919);
  return "signature=" + wechat::event_signature(token, ts, nonce) + "&timestamp=" + ts +
         "&nonce=" + nonce;
}

std::string scan_event(const std::string& openid, const std::string& event,
                       const std::string& key) {
  return "<xml><ToUserName><![CDATA[gh_yaocai]]></ToUserName><FromUserName><![CDATA[" + openid +
         "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]>"
         "</MsgType><Event><![CDATA[" +
         event + "]]></Event><EventKey><![CDATA[" + key +
         "]]></EventKey><Ticket><![CDATA[ticket]]></Ticket></xml>";
}

testenv::HttpResponse push(const std::string& xml, const std::string& query = signed_query()) {
  Http wechat;  // WeChat's servers: no cookies, no CSRF token
  return wechat.post_raw("/wechat/event?" + query, xml, "text/xml");
}

std::string openid_of(long long id) {
  auto r = db::local().query("SELECT wechat_openid FROM user WHERE id = ?", id);
  return r.one().null(0) ? "" : r.one().str(0);
}

// Opens the bind page as `c` and returns the scene of the QR code it showed.
std::string bind_scene(Http& c, testenv::FakeWechat& fake) {
  auto r = c.get("/crm/wechat/bind");
  EXPECT_EQ(r.status, 200);
  auto qrs = fake.qrcodes();
  if (qrs.empty()) return "";
  return nlohmann::json::parse(qrs.back())["action_info"]["scene"]["scene_str"];
}

}  // namespace

TEST_F(CrmWechatE2e, BindPageShowsASceneQrCodeNamingTheUser) {
  auto id = testenv::make_user("扫码顾问", "sales,staff");
  Http c;
  testenv::login_as(c, id);
  auto before = fake_->qrcodes().size();
  auto r = c.get("/crm/wechat/bind");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<svg"), std::string::npos);
  auto qrs = fake_->qrcodes();
  ASSERT_EQ(qrs.size(), before + 1);
  auto body = nlohmann::json::parse(qrs.back());
  EXPECT_EQ(body["action_name"], "QR_STR_SCENE");
  std::string scene = body["action_info"]["scene"]["scene_str"];
  ASSERT_EQ(scene.rfind("bind_", 0), 0u);
  auto who = redis::local().cmd({"GET", redis::local().key("crm:wechat-bind:" + scene.substr(5))});
  EXPECT_EQ(who.str, std::to_string(id));

  db::local().query("UPDATE user SET wechat_openid = ? WHERE id = ?",
                    "o-bound-" + std::to_string(id), id);
  auto bound = c.get("/crm/wechat/bind");
  EXPECT_NE(bound.body.find("已绑定微信"), std::string::npos);
  EXPECT_EQ(fake_->qrcodes().size(), before + 1);  // no new QR code once bound
}

TEST_F(CrmWechatE2e, AnAssignmentSendsOneMessageToTheBoundConsultant) {
  auto consultant = testenv::make_user("微信顾问", "sales,staff");
  auto openid = "o-consultant-" + std::to_string(consultant);
  auto& db = db::local();
  db.query("UPDATE user SET wechat_openid = ? WHERE id = ?", openid, consultant);
  // Make them the only consultant in the sequence for this test, then restore the others.
  auto saved = db.query("SELECT consultant_id, enabled FROM crm_sales_weight");
  db.query("UPDATE crm_sales_weight SET enabled = 0");
  db.query(
      "INSERT INTO crm_sales_weight (consultant_id, share_count, weight, enabled)"
      " VALUES (?, 1, 0, 1)",
      consultant);
  Http m;
  auto csrf = testenv::login_as(m, testenv::make_user("分配经理", "sales_manager,staff"));
  auto before = fake_->messages().size();
  auto r = m.post("/crm/customers/new",
                  {{"csrf_token", csrf},
                   {"name", "通知客户"},
                   {"phone", testenv::unique_phone()},
                   {"source", "官方网站"}},
                  {"Accept: application/json"});
  db.query("DELETE FROM crm_sales_weight WHERE consultant_id = ?", consultant);
  for (const auto& row : saved.rows)
    db.query("UPDATE crm_sales_weight SET enabled = ? WHERE consultant_id = ?", row.i64(1),
             row.i64(0));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["consultant"], consultant);
  auto messages = fake_->messages();
  ASSERT_EQ(messages.size(), before + 1);
  auto msg = nlohmann::json::parse(messages.back());
  EXPECT_EQ(msg["touser"], openid);
  EXPECT_EQ(msg["template_id"], "tpl-assign");
  EXPECT_EQ(msg["data"]["keyword1"]["value"], "通知客户");
  EXPECT_NE(msg["url"].get<std::string>().find("/crm/customers/" +
                                               std::to_string(r.json()["id"].get<long long>())),
            std::string::npos);
}

TEST_F(CrmWechatE2e, EventUrlVerificationEchoesOnlyWithWechatsSignature) {
  Http c;
  auto ok = c.get("/wechat/event?" + signed_query() + "&echostr=echo-123");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "echo-123");
  EXPECT_EQ(c.get("/wechat/event?" + signed_query("wrong-token") + "&echostr=x").status, 403);
  EXPECT_EQ(c.get("/wechat/event?echostr=x").status, 403);
}

TEST_F(CrmWechatE2e, AScanBindsTheWaitingStaffUserAndTheBindPageShowsIt) {
  auto id = testenv::make_user("扫码绑定顾问", "sales,staff");
  Http c;
  testenv::login_as(c, id);
  auto scene = bind_scene(c, *fake_);
  ASSERT_EQ(scene.rfind("bind_", 0), 0u);
  auto openid = "o-scan-" + std::to_string(id);

  auto forged = push(scan_event(openid, "SCAN", scene), signed_query("wrong-token"));
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(openid_of(id), "");

  auto r = push(scan_event(openid, "SCAN", scene));
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body, "success");
  EXPECT_EQ(openid_of(id), openid);
  EXPECT_NE(c.get("/crm/wechat/bind").body.find("已绑定"), std::string::npos);

  // The token was used: the same QR code scanned by another WeChat binds nothing.
  auto other = "o-scan-other-" + std::to_string(id);
  EXPECT_EQ(push(scan_event(other, "SCAN", scene)).body, "success");
  EXPECT_EQ(openid_of(id), openid);
  EXPECT_TRUE(db::local().query("SELECT 1 FROM user WHERE wechat_openid = ?", other).empty());
}

TEST_F(CrmWechatE2e, SubscribingThroughTheCodeBindsAndAnExpiredTokenBindsNothing) {
  auto id = testenv::make_user("关注绑定顾问", "sales,staff");
  Http c;
  testenv::login_as(c, id);
  auto scene = bind_scene(c, *fake_);
  ASSERT_EQ(scene.rfind("bind_", 0), 0u);
  // Expired: Redis forgot the token.
  auto& r = redis::local();
  r.cmd({"DEL", r.key("crm:wechat-bind:" + scene.substr(5))});
  EXPECT_EQ(push(scan_event("o-late-" + std::to_string(id), "subscribe", "qrscene_" + scene)).body,
            "success");
  EXPECT_EQ(openid_of(id), "");

  auto fresh = bind_scene(c, *fake_);
  ASSERT_NE(fresh, scene);
  auto openid = "o-sub-" + std::to_string(id);
  EXPECT_EQ(push(scan_event(openid, "subscribe", "qrscene_" + fresh)).status, 200);
  EXPECT_EQ(openid_of(id), openid);
}

TEST_F(CrmWechatE2e, AWechatBoundToAnotherAccountIsNotMoved) {
  auto owner = testenv::make_user("已绑定账号", "sales,staff");
  auto openid = "o-owned-" + std::to_string(owner);
  db::local().query("UPDATE user SET wechat_openid = ? WHERE id = ?", openid, owner);
  auto id = testenv::make_user("想绑定的顾问", "sales,staff");
  Http c;
  testenv::login_as(c, id);
  auto scene = bind_scene(c, *fake_);
  auto r = push(scan_event(openid, "SCAN", scene));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(openid_of(id), "");
  EXPECT_EQ(openid_of(owner), openid);
}

TEST_F(CrmWechatE2e, TheDigestTellsEachBoundConsultantOnceWhoGoesPublicTomorrow) {
  auto& db = db::local();
  auto p = crm::Policy::from_config();
  const std::string d = "2031-03-10";  // far from other suites' customers
  auto bound = testenv::make_user("摘要顾问", "sales,staff");
  auto openid = "o-digest-" + std::to_string(bound);
  db.query("UPDATE user SET wechat_openid = ? WHERE id = ?", openid, bound);
  auto unbound = testenv::make_user("未绑定顾问", "sales,staff");
  auto add = [&](long long who, const std::string& name, int taken_ago, int followed_ago) {
    crm::Customer c;
    c.name = name;
    c.phone = testenv::unique_phone();
    c.source = "官方网站";
    auto id = crm::insert(db, c, who, d, 0);
    db.query("UPDATE crm_customer SET taken_date = ?, last_follow_date = ? WHERE id = ?",
             core::add_days(d, -taken_ago), core::add_days(d, -followed_ago), id);
  };
  add(bound, "满期客户", p.private_days, 0);  // 15 days held: public tomorrow
  add(bound, "久未跟进", 2, p.follow_days);   // not followed for 3 days: tomorrow
  add(bound, "还能保留", p.private_days - 1, p.follow_days - 1);
  add(bound, "已经公户", p.private_days + 1, 0);  // public already: the release job's
  add(unbound, "无人通知", p.private_days, 0);

  auto due = crm::due_tomorrow(db, p, d);
  ASSERT_EQ(due[bound].size(), 2u);
  EXPECT_EQ(due[bound][0].status, 4);
  EXPECT_EQ(due[bound][1].status, 3);
  EXPECT_EQ(due[unbound].size(), 1u);

  auto before = fake_->messages().size();
  EXPECT_GE(crm::send_digest(db, redis::local(), p, d), 1);
  EXPECT_EQ(crm::send_digest(db, redis::local(), p, d), 0);  // a rerun sends nothing again
  auto messages = fake_->messages();
  int mine = 0;
  for (size_t i = before; i < messages.size(); ++i) {
    auto m = nlohmann::json::parse(messages[i]);
    if (m["touser"] != openid) continue;
    ++mine;
    EXPECT_EQ(m["template_id"], "tpl-digest");
    std::string names = m["data"]["keyword1"]["value"];
    EXPECT_NE(names.find("满期客户"), std::string::npos);
    EXPECT_NE(names.find("久未跟进"), std::string::npos);
    EXPECT_EQ(names.find("还能保留"), std::string::npos);
    EXPECT_EQ(names.find("已经公户"), std::string::npos);
    EXPECT_EQ(m["data"]["keyword2"]["value"], core::add_days(d, 1));
    EXPECT_NE(m["url"].get<std::string>().find("/crm/customers/mine"), std::string::npos);
  }
  EXPECT_EQ(mine, 1);
}
