// The push engine through nginx and the test stack's own daemon: publishing queues a round
// that reaches the variety's followers by SMS (the log driver) without the publish request
// waiting; the admin's 推送 button (CSRF, admins only, logged) makes the next round.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

// The push SMS lines the log driver wrote for `phone`.
std::vector<std::string> pushes_to(const std::string& phone) {
  std::vector<std::string> out;
  std::ifstream in(testenv::var_dir() + "/log/sms.log");
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.value("phone", "") == phone &&
        j.value("template", "") == "push_item")
      out.push_back(j.value("text", ""));
  }
  return out;
}

bool wait_for(const std::function<bool()>& done, int seconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return done();
}

std::string phone_of(long long user) {
  return db::local().query("SELECT phone FROM user WHERE id = ?", user).one().str(0);
}

long long follower(const char* variety) {
  long long id = testenv::make_user("推送关注者");
  db::local().query(
      "INSERT INTO followed_variety (user_id, variety_id) SELECT ?, id FROM variety WHERE name = ?",
      id, variety);
  return id;
}

long long publish(Http& c, const std::string& csrf, const char* variety) {
  auto r = c.post("/purchase/new", {{"csrf_token", csrf},
                                    {"pickup", "1"},
                                    {"window", "0"},
                                    {"items[0][variety]", variety},
                                    {"items[0][quantity]", "3"},
                                    {"items[0][unit]", "吨"}});
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 2000);
  long long purchase = std::stoll(r.header("location").substr(10));
  return db::local()
      .query("SELECT id FROM purchase_item WHERE purchase_id = ?", purchase)
      .one()
      .i64(0);
}

}  // namespace

TEST(PushThroughTheStack, PublishingPushesFollowersWithATrackedLink) {
  long long f = follower("柴胡");
  Http buyer;
  std::string csrf = testenv::login_as(buyer, testenv::make_user("推送采购商"));
  long long item = publish(buyer, csrf, "柴胡");
  ASSERT_TRUE(wait_for([&] { return !pushes_to(phone_of(f)).empty(); }, 20))
      << "the stack's yaocai-pushd never sent the push";
  auto text = pushes_to(phone_of(f)).front();
  EXPECT_NE(text.find("柴胡"), std::string::npos) << text;
  EXPECT_NE(text.find(buyer.base() + "/t/"), std::string::npos) << text;
  EXPECT_EQ(text.substr(text.size() - std::string("回T退订").size()), "回T退订");
  EXPECT_EQ(
      db::local()
          .query("SELECT COUNT(*) FROM push_round WHERE item_id = ? AND reason = 'publish'", item)
          .one()
          .i64(0),
      1);
}

TEST(PushThroughTheStack, AdminPushButtonMakesTheNextRound) {
  Http buyer;
  std::string bcsrf = testenv::login_as(buyer, testenv::make_user("推送采购商乙"));
  long long first = follower("黄芩");
  long long item = publish(buyer, bcsrf, "黄芩");
  ASSERT_TRUE(wait_for([&] { return !pushes_to(phone_of(first)).empty(); }, 20));
  long long second = follower("黄芩");  // follows after the first round

  std::string url = "/admin/push/items/" + std::to_string(item);
  Http nobody;
  EXPECT_EQ(nobody.get(url).status, 303) << "anonymous visitors go to the login page";
  EXPECT_EQ(buyer.get(url).status, 403);
  EXPECT_EQ(buyer.post(url, {{"csrf_token", bcsrf}}).status, 403);

  Http admin;
  long long admin_id = testenv::make_user("推送管理员", "admin");
  std::string csrf = testenv::login_as(admin, admin_id);
  auto page = admin.get(url);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("第1轮"), std::string::npos);
  EXPECT_EQ(admin.post(url, {}).status, 403) << "no CSRF token";
  auto r = admin.post(url, {{"csrf_token", csrf}});
  EXPECT_EQ(r.status, 303);
  ASSERT_TRUE(wait_for([&] { return !pushes_to(phone_of(second)).empty(); }, 20));
  EXPECT_EQ(pushes_to(phone_of(first)).size(), 1u) << "nobody gets the same item twice";
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM admin_log WHERE admin_id = ? AND action = "
                       "'push_item' AND object_id = ?",
                       admin_id, item)
                .one()
                .i64(0),
            1);
  auto listing = admin.get("/admin/push");
  EXPECT_EQ(listing.status, 200);
  EXPECT_NE(listing.body.find(url), std::string::npos);
  long long round = db::local()
                        .query("SELECT id FROM push_round WHERE item_id = ? AND round_no = 2", item)
                        .one()
                        .i64(0);
  auto rp = admin.get("/admin/push/rounds/" + std::to_string(round));
  EXPECT_EQ(rp.status, 200);
  EXPECT_NE(rp.body.find(phone_of(second)), std::string::npos);
  EXPECT_EQ(admin.get("/admin/push/rounds/999999999").status, 404);
  EXPECT_EQ(admin.get("/admin/push/items/999999999").status, 404);
}
