// Public pages (route option `public`) as nginx serves them from copies: the same page and
// headers as the program's, never for a visitor with a session, and gone after a change.
#include <gtest/gtest.h>
#include <unistd.h>

#include <ctime>
#include <regex>

#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;
using testenv::HttpResponse;

namespace {

// Copies live in ten-second slots; a test that needs its two requests in one slot starts
// away from the slot's end.
void away_from_slot_end() {
  while (std::time(nullptr) % 10 >= 8) ::usleep(200 * 1000);
}

// nginx adds validators to files it serves; the programs send none.
bool from_copy(const HttpResponse& r) { return !r.header("etag").empty(); }

}  // namespace

TEST(PageCopy, AnonymousVisitorsGetTheCopyWithTheProgramsHeaders) {
  away_from_slot_end();
  Http anon;
  const std::string url = "/purchases?status=1&copy=" + std::to_string(::getpid());
  auto rendered = anon.get(url);
  ASSERT_EQ(rendered.status, 200);
  EXPECT_FALSE(from_copy(rendered)) << "the first request is rendered by the program";
  auto copy = anon.get(url);
  ASSERT_EQ(copy.status, 200);
  EXPECT_TRUE(from_copy(copy)) << "the second is nginx's copy";
  EXPECT_EQ(copy.body, rendered.body);
  for (const char* h : {"content-type", "cache-control", "content-security-policy",
                        "x-content-type-options", "x-frame-options", "referrer-policy"}) {
    EXPECT_EQ(copy.all(h).size(), 1u) << h;
    EXPECT_EQ(copy.header(h), rendered.header(h)) << h;
  }
  EXPECT_TRUE(anon.cookie("yc_sid").empty()) << "no session for a public page";
  EXPECT_EQ(anon.get("/").status, 200);  // rendered now, or already copied
  EXPECT_TRUE(from_copy(anon.get("/")));
}

TEST(PageCopy, VisitorsWithASessionAlwaysReachTheProgram) {
  away_from_slot_end();
  long long id = testenv::make_user("副本测试买家");
  Http member;
  testenv::login_as(member, id);
  Http anon;
  anon.get("/purchases");
  anon.get("/purchases");
  for (int i = 0; i < 2; ++i) {
    auto r = member.get("/purchases");
    EXPECT_FALSE(from_copy(r));
    EXPECT_NE(r.body.find("副本测试买家"), std::string::npos) << "their own header";
  }
  // A stale or forged cookie is not a session either, but nginx cannot tell: the program
  // answers, as for any visitor with a cookie.
  Http forged;
  forged.set_cookie("yc_sid", "not-a-session");
  EXPECT_FALSE(from_copy(forged.get("/purchases")));
}

TEST(PageCopy, UnusualQueriesAndPostsReachTheProgram) {
  away_from_slot_end();
  Http anon;
  for (int i = 0; i < 2; ++i) {
    auto r = anon.get("/purchases?q=a/b");
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(from_copy(r));
  }
  EXPECT_EQ(anon.post("/purchases", {{"q", "x"}}).status, 403) << "a POST is checked for CSRF";
}

namespace {
long long directory_total(Http& anon) {
  std::smatch m;
  std::string body = anon.get("/suppliers").body;
  return std::regex_search(body, m, std::regex("共 ([0-9]+) 家")) ? std::stoll(m[1]) : -1;
}
}  // namespace

TEST(PageCopy, SupplierDirectoryFollowsMembersAndAdminChanges) {
  away_from_slot_end();
  Http anon;
  long long before = directory_total(anon);
  ASSERT_GE(before, 0);
  EXPECT_TRUE(from_copy(anon.get("/suppliers"))) << "the directory is a public page";

  long long id = testenv::make_user("关注即上榜");
  Http member;
  std::string csrf = testenv::login_as(member, id);
  member.post("/my/settings", {{"csrf_token", csrf}, {"action", "follow"}, {"variety", "黄芪"}});
  EXPECT_EQ(directory_total(anon), before + 1) << "following a variety lists the member at once";

  long long admin_id = testenv::make_user("目录管理员", "admin");
  Http admin;
  std::string admin_csrf = testenv::login_as(admin, admin_id);
  EXPECT_EQ(admin
                .post("/admin/users/" + std::to_string(id),
                      {{"csrf_token", admin_csrf}, {"action", "disable"}})
                .status,
            303);
  EXPECT_EQ(directory_total(anon), before) << "a disabled member leaves it at once";
}

// Another app host of a cluster asks this one to drop its copies (lib/app/peers.cc): only with
// the cluster's secret (tests/support/test.conf), and the next visitor gets a fresh page.
TEST(PageCopy, APeerWithTheClusterSecretDiscardsThisHostsCopies) {
  away_from_slot_end();
  Http anon;
  const std::string url = "/purchases?status=1&peer=" + std::to_string(::getpid());
  anon.get(url);
  ASSERT_TRUE(from_copy(anon.get(url)));
  const std::string discard = "/_cluster/page-copies/discard";
  EXPECT_EQ(anon.post_raw(discard, "", "text/plain").status, 404) << "no secret, no such URL";
  EXPECT_EQ(anon.post_raw(discard, "", "text/plain", {"X-Yaocai-Cluster: wrong"}).status, 404);
  EXPECT_TRUE(from_copy(anon.get(url))) << "refused requests discard nothing";
  EXPECT_EQ(anon.get(discard, {"X-Yaocai-Cluster: test-cluster-secret"}).status, 405);
  auto ok = anon.post_raw(discard, "", "text/plain", {"X-Yaocai-Cluster: test-cluster-secret"});
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_FALSE(from_copy(anon.get(url))) << "the copy is gone: the program renders afresh";
}
