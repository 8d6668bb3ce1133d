// WeChat for CRM staff against the fake WeChat: the binding page's scene QR code and the
// template message a bound consultant gets when a customer is assigned to them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/fake_wechat.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

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
