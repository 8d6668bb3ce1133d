// Home page banners (admin's site frame) and system notices (type 4) on /my/notifications.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "image/store.h"
#include "redis/client.h"
#include "site/site.h"
#include "tests/support/http.h"
#include "tests/support/pictures.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {
db::Connection& sql() { return db::local(); }
}  // namespace

TEST(MarketHome, VisibleBannersShowWithTheirDetailImageAndHiddenOnesDoNot) {
  // Real stored pictures: the browser tests load the home page later and fail on any 404.
  std::string shown = image::store(testenv::picture("JPEG", 120, 60), {image::Use::detail}).hash;
  std::string hidden = image::store(testenv::picture("JPEG", 90, 60), {image::Use::detail}).hash;
  sql().query("INSERT INTO banner (title, link, image, sort, hidden) VALUES (?, ?, ?, 1, 0)",
              "春季药材节", "/purchases", shown);
  sql().query("INSERT INTO banner (title, link, image, sort, hidden) VALUES (?, '', ?, 2, 1)",
              "隐藏横幅", hidden);
  site::changed(redis::local());
  for (int logged_in = 0; logged_in < 2; ++logged_in) {
    Http c;
    if (logged_in) testenv::login_as(c, testenv::make_user("横幅访客"));
    auto r = c.get("/");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("/uploads/" + shown.substr(0, 2) + "/" + shown + "_detail.jpg"),
              std::string::npos)
        << r.body.substr(0, 3000);
    if (!logged_in) {
      EXPECT_EQ(c.get("/uploads/" + shown.substr(0, 2) + "/" + shown + "_detail.jpg").status, 200);
    }
    EXPECT_NE(r.body.find("alt=\"春季药材节\""), std::string::npos);
    EXPECT_NE(r.body.find("href=\"/purchases\"><img"), std::string::npos);
    EXPECT_EQ(r.body.find(hidden), std::string::npos);
    EXPECT_EQ(r.body.find("隐藏横幅"), std::string::npos);
  }
  // Other suites' home pages stay as they were.
  sql().query("DELETE FROM banner WHERE image IN (?, ?)", shown, hidden);
  site::changed(redis::local());
}

TEST(MarketNotifications, SystemNoticesForEveryoneAndForMyTypeAreShown) {
  long long admin = testenv::make_user("通知管理员", "admin");
  long long member = testenv::make_user("通知会员");
  // A member since yesterday who has read every notice other tests published so far.
  sql().query(
      "UPDATE user SET created_at = created_at - INTERVAL 1 DAY,"
      " notice_seen_id = (SELECT COALESCE(MAX(id), 0) FROM notice) WHERE id = ?",
      member);
  int type =
      static_cast<int>(sql().query("SELECT user_type FROM user WHERE id = ?", member).one().i64(0));
  int other = type == 1 ? 2 : 1;
  sql().query("INSERT INTO notice (title, body, user_type, admin_id) VALUES (?, ?, NULL, ?)",
              "全站系统通知", "第一行\n<b>第二行</b>", admin);
  sql().query("INSERT INTO notice (title, body, user_type, admin_id) VALUES (?, ?, ?, ?)",
              "本类型通知", "给本类型会员", type, admin);
  sql().query("INSERT INTO notice (title, body, user_type, admin_id) VALUES (?, ?, ?, ?)",
              "其他类型通知", "不该看到", other, admin);
  Http c;
  testenv::login_as(c, member);
  const std::string badge = "通知 <span class=\"badge bg-danger\">";
  EXPECT_NE(c.get("/my/quotes").body.find(badge + "2</span>"), std::string::npos)
      << "both notices for this member count as unread";
  auto r = c.get("/my/notifications");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("未读</span> <strong>全站系统通知"), std::string::npos);
  EXPECT_EQ(c.get("/my/quotes").body.find(badge), std::string::npos) << "seen now";
  EXPECT_EQ(c.get("/my/notifications").body.find("未读</span> <strong>"), std::string::npos);
  // Notices older than an account are not news to it.
  Http newcomer;
  testenv::login_as(newcomer, testenv::make_user("新来的会员"));
  EXPECT_EQ(newcomer.get("/my/quotes").body.find(badge), std::string::npos);
  EXPECT_NE(r.body.find("全站系统通知"), std::string::npos);
  EXPECT_NE(r.body.find("第一行\n&lt;b&gt;第二行&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(r.body.find("本类型通知"), std::string::npos);
  EXPECT_EQ(r.body.find("其他类型通知"), std::string::npos);
  EXPECT_NE(r.body.find("系统通知"), std::string::npos);
}
