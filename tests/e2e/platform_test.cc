// The spine through nginx and the real FastCGI programs.
#include <gtest/gtest.h>

#include <thread>

#include "tests/support/http.h"
#include "tests/support/stack.h"

using testenv::Http;

TEST(Platform, HealthzReportsDatabaseAndRedis) {
  Http c;
  auto r = c.get("/healthz");
  EXPECT_EQ(r.status, 200);
  auto j = r.json();
  EXPECT_EQ(j["ok"], true);
  EXPECT_EQ(j["database"], "ok");
  EXPECT_EQ(j["redis"], "ok");
}

TEST(Platform, HomePageRendersInLayoutWithSecurityHeaders) {
  Http c;
  auto r = c.get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(r.body.find("登录"), std::string::npos);
  EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(r.header("x-frame-options"), "DENY");
  EXPECT_FALSE(r.header("referrer-policy").empty());
  EXPECT_TRUE(r.all("set-cookie").empty()) << "an anonymous page view creates no session";
}

TEST(Platform, UnknownUrlGets404PageInChinese) {
  Http c;
  auto r = c.get("/no/such/page");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("页面不存在"), std::string::npos);
  EXPECT_NE(r.body.find("<html"), std::string::npos);
}

TEST(Platform, StaticFilesAndDebianBootstrapAreServedByNginx) {
  Http c;
  EXPECT_EQ(c.get("/css/site.css").status, 200);
  EXPECT_EQ(c.get("/javascript/bootstrap5/css/bootstrap.min.css").status, 200);
}

TEST(Platform, OversizedBodyIs413) {
  Http c;
  std::string big(13 * 1024 * 1024, 'a');
  auto r = c.post_raw("/no/such/page", "x=" + big, "application/x-www-form-urlencoded");
  EXPECT_EQ(r.status, 413);
}

TEST(Platform, BodiesOverOneMegabyteAreRefusedByNginxOutsideUploadRoutes) {
  Http c;
  std::string two_mb(2 * 1024 * 1024, 'a');
  EXPECT_EQ(c.post_raw("/login", "x=" + two_mb, "application/x-www-form-urlencoded").status, 413);
  // An upload route takes the same body past nginx; the program then judges it (no CSRF: 403).
  EXPECT_EQ(c.post_multipart("/my/avatar", {}, {{"avatar", "a.jpg", "image/jpeg", two_mb}}).status,
            403);
}

TEST(Platform, BrokenMultipartIs400) {
  Http c;
  auto r = c.post_raw("/no/such/page", "garbage", "multipart/form-data; boundary=abc");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("上传数据格式错误"), std::string::npos);
}

TEST(Platform, PostWithoutCsrfTokenIs403) {
  Http c;
  auto r = c.post("/healthz", {{"x", "1"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("页面已过期"), std::string::npos);
}

TEST(Platform, DatabaseOutageGives503ThenRecoversWithoutRestart) {
  Http c;
  ASSERT_EQ(c.get("/healthz").status, 200);
  ASSERT_TRUE(testenv::stack("db-stop"));
  auto down = c.get("/healthz");
  EXPECT_EQ(down.status, 503);
  EXPECT_EQ(down.json()["database"], "down");
  auto page = c.get("/no/such/page");
  EXPECT_EQ(page.status, 404) << "pages that need no database keep working";
  ASSERT_TRUE(testenv::stack("db-start"));
  long status = 0;
  for (int i = 0; i < 50 && status != 200; ++i) {
    status = c.get("/healthz").status;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_EQ(status, 200);
}

TEST(Platform, RedisOutageGives503ThenRecovers) {
  Http c;
  ASSERT_TRUE(testenv::stack("redis-stop"));
  auto down = c.get("/healthz");
  EXPECT_EQ(down.status, 503);
  EXPECT_EQ(down.json()["redis"], "down");
  ASSERT_TRUE(testenv::stack("redis-start"));
  long status = 0;
  for (int i = 0; i < 50 && status != 200; ++i) {
    status = c.get("/healthz").status;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_EQ(status, 200);
}
