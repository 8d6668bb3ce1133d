// Logged-in pages are as fresh as anonymous ones: the shared body of a public page (kept next
// to its copy) and the visitor's header (the user's card in Redis) both show a change on the
// very next request (README "Page copies", session/user_card.h).
#include <gtest/gtest.h>

#include "redis/client.h"
#include "session/user_card.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"
#include "tests/support/session.h"

using testenv::Http;
using testenv::member;
using namespace testenv::market_steps;

namespace {
const std::string kBadge = "通知 <span class=\"badge bg-danger\">";
}  // namespace

TEST(LoggedInFreshness, MembersSeeListChangesOnTheNextRequestUnderTheirOwnHeader) {
  auto buyer = member("登录新鲜采购商");
  auto supplier = member("登录新鲜供应商");
  auto viewer = member("登录新鲜浏览者");
  auto other = member("另一位浏览者");
  for (auto* m : {&viewer, &other}) {
    m->c().get("/");
    m->c().get("/purchases?status=1");
  }
  long long item = item_of(publish(buyer));
  std::string link = "/item/" + std::to_string(item) + "\"";
  for (auto* m : {&viewer, &other}) {
    auto home = m->c().get("/").body;
    EXPECT_TRUE(has(home, link)) << "publishing shows at once";
    EXPECT_TRUE(has(m->c().get("/purchases?status=1").body, link));
  }
  auto home = viewer.c().get("/").body;
  EXPECT_TRUE(has(home, "登录新鲜浏览者")) << "the viewer's own header";
  EXPECT_FALSE(has(home, "另一位浏览者")) << "not the header of whoever saw the body first";
  EXPECT_TRUE(has(other.c().get("/").body, "另一位浏览者"));
  EXPECT_TRUE(has(viewer.c().get("/purchases").body, viewer.csrf)) << "their own CSRF token";

  quote_id(quote(supplier, item));
  EXPECT_NE(viewer.c().get("/").body, home) << "a quote changes the totals and the count";
  buyer.c().post("/item/" + std::to_string(item) + "/close", {{"csrf_token", buyer.csrf}});
  EXPECT_FALSE(has(viewer.c().get("/").body, link)) << "closing removes it at once";
  EXPECT_FALSE(has(viewer.c().get("/purchases?status=1").body, link));
}

TEST(LoggedInFreshness, TheUnreadBadgeFollowsNotificationsAndNotices) {
  auto buyer = member("角标采购商");
  auto supplier = member("角标供应商");
  // A member since yesterday (notices older than an account are not news to it) who has seen
  // every notice other tests published; written behind lib/'s back, so the card is told.
  sql().query(
      "UPDATE user SET created_at = created_at - INTERVAL 1 DAY,"
      " notice_seen_id = (SELECT COALESCE(MAX(id), 0) FROM notice) WHERE id = ?",
      buyer.id);
  session::user_changed_now(redis::local(), buyer.id);
  long long item = item_of(publish(buyer));
  EXPECT_FALSE(has(buyer.c().get("/").body, kBadge)) << "nothing unread yet";
  quote_id(quote(supplier, item));
  EXPECT_TRUE(has(buyer.c().get("/").body, kBadge + "1</span>")) << "a new quote tells the buyer";
  EXPECT_TRUE(has(buyer.c().get("/purchases").body, kBadge + "1</span>"));
  buyer.c().get("/my/notifications");
  EXPECT_FALSE(has(buyer.c().get("/").body, kBadge)) << "read now";

  auto admin = member("角标管理员", "admin");
  ASSERT_EQ(admin.c()
                .post("/admin/notices", {{"csrf_token", admin.csrf},
                                         {"audience", "all"},
                                         {"title", "角标测试通知"},
                                         {"body", "给每个人"}})
                .status,
            303);
  EXPECT_TRUE(has(buyer.c().get("/").body, kBadge + "1</span>")) << "a notice to everyone";
  buyer.c().get("/my/notifications");
  EXPECT_FALSE(has(buyer.c().get("/").body, kBadge));
}

TEST(LoggedInFreshness, NameRolesAndDisablingShowOnTheNextRequest) {
  auto m = member("改名之前");
  EXPECT_TRUE(has(m.c().get("/").body, "改名之前"));
  ASSERT_EQ(m.c()
                .post("/my/settings", {{"csrf_token", m.csrf},
                                       {"action", "profile"},
                                       {"name", "改名之后"},
                                       {"nickname", ""},
                                       {"user_type", "3"}})
                .status,
            303);
  auto home = m.c().get("/").body;
  EXPECT_TRUE(has(home, "改名之后"));
  EXPECT_FALSE(has(home, "改名之前"));
  EXPECT_FALSE(has(home, "href=\"/booking\"")) << "not staff yet";

  auto admin = member("新鲜管理员", "admin");
  std::string url = "/admin/users/" + std::to_string(m.id);
  ASSERT_EQ(admin.c()
                .post(url, {{"csrf_token", admin.csrf}, {"action", "roles"}, {"roles", "staff"}})
                .status,
            303);
  EXPECT_TRUE(has(m.c().get("/").body, "href=\"/booking\"")) << "the new role's menu at once";
  EXPECT_EQ(m.c().get("/booking/mine").status, 200);
  ASSERT_EQ(admin.c().post(url, {{"csrf_token", admin.csrf}, {"action", "disable"}}).status, 303);
  auto after = m.c().get("/");
  EXPECT_FALSE(has(after.body, "改名之后")) << "a disabled member is logged out at once";
  EXPECT_NE(m.c().get("/booking/mine").status, 200);
}

// The layout's site settings follow a Redis counter read with the session: a change shows on
// the next request of a logged-in member whose program holds the old settings.
TEST(LoggedInFreshness, SiteSettingsShowOnTheNextRequestOfMembers) {
  auto m = member("站点设置浏览者");
  auto admin = member("站点设置管理员", "admin");
  for (int i = 0; i < 4; ++i)  // every process of the program has read the settings
    EXPECT_FALSE(has(m.c().get("/purchases").body, "登录新鲜药材网"));
  ASSERT_EQ(admin.c()
                .post("/admin/settings", {{"csrf_token", admin.csrf}, {"title", "登录新鲜药材网"}})
                .status,
            303);
  for (int i = 0; i < 4; ++i)
    EXPECT_TRUE(has(m.c().get("/purchases").body, "- 登录新鲜药材网</title>")) << i;
  // Back to the configured defaults for the other suites.
  ASSERT_EQ(admin.c().post("/admin/settings", {{"csrf_token", admin.csrf}}).status, 303);
  EXPECT_FALSE(has(m.c().get("/purchases").body, "登录新鲜药材网"));
}

// A member's own pages (the item page with the member's quotes, my purchases, my quotes) are
// kept for that member until the market changes (web::Page::own_body): a quote, a reply or a
// read mark shows on the very next request, each member sees only their own, and the kept
// forms carry the session's own CSRF token.
TEST(LoggedInFreshness, OwnPagesShowMarketChangesOnTheNextRequest) {
  auto buyer = member("本人页采购商");
  auto supplier = member("本人页供应商");
  auto other = member("本人页旁观者");
  long long item = item_of(publish(buyer));
  std::string url = "/item/" + std::to_string(item), link = url + "\"";
  const std::string unread = "<span class=\"badge bg-danger\">1</span></td>";
  for (int i = 0; i < 2; ++i) {  // rendered, then kept
    auto page = supplier.c().get(url).body;
    EXPECT_TRUE(has(page, "我要报价")) << i;
    EXPECT_FALSE(has(page, "我的报价")) << i;
    EXPECT_FALSE(has(supplier.c().get("/my/quotes").body, link)) << i;
    auto mine = buyer.c().get("/my/purchases").body;
    EXPECT_TRUE(has(mine, link)) << i;
    EXPECT_FALSE(has(mine, unread)) << i;
    EXPECT_FALSE(has(other.c().get("/my/purchases").body, link)) << "only the buyer's own";
  }

  quote_id(quote(supplier, item));
  EXPECT_TRUE(has(supplier.c().get(url).body, "我的报价")) << "the quote at once";
  EXPECT_TRUE(has(supplier.c().get("/my/quotes").body, link));
  EXPECT_TRUE(has(buyer.c().get("/my/purchases").body, unread)) << "unread at once";
  EXPECT_FALSE(has(other.c().get(url).body, "我的报价")) << "not someone else's quote";

  // The buyer's page has forms; a second session of the buyer gets the kept body with its own
  // token.
  auto first = buyer.c().get(url).body;
  EXPECT_TRUE(has(first, "本人页供应商")) << "the quote on the buyer's page";
  EXPECT_TRUE(has(first, buyer.csrf));
  EXPECT_FALSE(has(buyer.c().get("/my/purchases").body, unread)) << "seen: read at once";
  Http again;
  std::string csrf = testenv::login_as(again, buyer.id);
  auto kept = again.get(url).body;
  EXPECT_TRUE(has(kept, "本人页供应商"));
  EXPECT_TRUE(has(kept, csrf)) << "the second session's token";
  EXPECT_FALSE(has(kept, buyer.csrf)) << "not the first session's";
  EXPECT_EQ(again.post(url + "/close", {{"csrf_token", csrf}}).status, 303);
  EXPECT_TRUE(has(buyer.c().get(url).body, ">关闭</span></h1>")) << "closed at once";
  EXPECT_FALSE(has(supplier.c().get(url).body, "我要报价</a>"));
}
