// The family-watch back office through nginx (/admin/watch/…): which role opens which page and
// that the menu offers nothing else, CSRF on every POST, commands sent and audited, members
// removed and watches unbound, stories uploaded, and utf8mb4 names shown escaped.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/pictures.h"
#include "tests/support/session.h"
#include "tests/support/watch_app.h"
#include "watch/offline_box.h"
#include "watch/report.h"

using testenv::App;
using testenv::Http;

namespace {

struct Staff {
  long long id;
  Http c;
  std::string csrf;
  explicit Staff(const std::string& roles) : id(testenv::make_user("员工🙂", roles)) {
    csrf = testenv::login_as(c, id);
  }
};

// The hrefs of the admin menu on `html`.
std::vector<std::string> menu_links(const std::string& html) {
  std::vector<std::string> out;
  size_t at = html.find("class=\"admin-nav");
  size_t end = html.find("</nav>", at);
  if (at == std::string::npos || end == std::string::npos) return out;
  const std::string key = "href=\"";
  for (size_t i = html.find(key, at); i != std::string::npos && i < end;
       i = html.find(key, i + 1)) {
    size_t from = i + key.size();
    out.push_back(html.substr(from, html.find('"', from) - from));
  }
  return out;
}

std::string amr() {
  std::string s = "#!AMR\n";
  for (int i = 0; i < 100; ++i) s += char(0x3C) + std::string(31, '\x33');
  return s;
}

long long count(const std::string& sql, const std::string& key) {
  return db::local().query(sql, key).one().i64(0);
}

// A family of two parents with a watch named `watch_name`.
struct Family {
  App mum, dad;
  std::string circle, imei;
  explicit Family(const std::string& watch_name = "小明🙂") {
    circle = mum.new_circle("小明的家🙂", "妈妈");
    imei = mum.bound_watch(circle, watch_name);
    auto code = mum.post("/v1/circles/" + circle + "/invite").json()["data"]["code"];
    EXPECT_EQ(dad.post("/v1/circles/join", {{"code", code}, {"name", "爸爸"}}).status, 201);
    watch::went_offline(db::local(), imei);
  }
};

}  // namespace

TEST(WatchAdminAccess, EachRoleSeesOnlyMenuEntriesItCanOpen) {
  for (std::string roles : {"admin", "support", "content"}) {
    Staff s(roles);
    auto home = s.c.get("/admin");
    ASSERT_EQ(home.status, 303) << roles;
    std::string first = home.header("location");
    auto page = s.c.get(first);
    ASSERT_EQ(page.status, 200) << roles << " " << first;
    auto links = menu_links(page.body);
    EXPECT_FALSE(links.empty()) << roles;
    for (const auto& href : links) EXPECT_EQ(s.c.get(href).status, 200) << roles << " " << href;
    bool stories = false, watches = false, users = false;
    for (const auto& href : links) {
      stories |= href == "/admin/watch/stories";
      watches |= href == "/admin/watch/watches";
      users |= href == "/admin/users";
    }
    EXPECT_EQ(stories, roles != "support") << roles;
    EXPECT_EQ(watches, roles != "content") << roles;
    EXPECT_EQ(users, roles == "admin") << roles;
  }
}

TEST(WatchAdminAccess, RolesAreCheckedOnEveryPage) {
  Family f;
  Staff support("support"), content("content"), sales("sales,staff");
  const std::vector<std::string> watch_pages{"/admin/watch",
                                             "/admin/watch/watches",
                                             "/admin/watch/watches/" + f.imei,
                                             "/admin/watch/circles",
                                             "/admin/watch/circles/" + f.circle,
                                             "/admin/watch/audit"};
  for (const auto& url : watch_pages) {
    EXPECT_EQ(support.c.get(url).status, 200) << url;
    EXPECT_EQ(content.c.get(url).status, 403) << url;
    EXPECT_EQ(sales.c.get(url).status, 403) << url;
    Http anonymous;
    EXPECT_EQ(anonymous.get(url).status, 303) << url;
  }
  EXPECT_EQ(content.c.get("/admin/watch/stories").status, 200);
  EXPECT_EQ(support.c.get("/admin/watch/stories").status, 403);
  EXPECT_EQ(support.c.get("/admin/users").status, 403);
  EXPECT_EQ(content.c
                .post("/admin/watch/watches/" + f.imei + "/command",
                      {{"csrf_token", content.csrf}, {"type", "locate"}})
                .status,
            403);
  EXPECT_EQ(support.c.get("/admin/watch/watches/000000000000000").status, 404);
}

TEST(WatchAdminCsrf, EveryPostWithoutTheTokenIs403AndChangesNothing) {
  Family f;
  Staff admin("admin");
  const std::vector<std::string> posts{
      "/admin/watch/watches/" + f.imei + "/command",
      "/admin/watch/watches/" + f.imei + "/unbind",
      "/admin/watch/circles/" + f.circle + "/members/" + std::to_string(f.dad.uid) + "/remove",
      "/admin/watch/stories",
      "/admin/watch/stories/categories",
      "/admin/watch/stories/categories/1/delete",
      "/admin/watch/stories/1/delete"};
  for (const auto& url : posts) {
    for (std::string token : {"", "wrong"}) {
      testenv::Fields fields{{"type", "locate"}, {"name", "新分类"}, {"title", "故事"}};
      if (!token.empty()) fields.push_back({"csrf_token", token});
      EXPECT_EQ(admin.c.post(url, fields).status, 403) << url << " token=" << token;
    }
  }
  EXPECT_TRUE(watch::offline_box(db::local(), f.imei).empty());
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM watch_device WHERE imei = ? AND circle_id IS NOT NULL", f.imei),
      1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_member WHERE circle_id = ?", f.circle), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_story_category WHERE name = ?", "新分类"), 0);
}

TEST(WatchAdmin, SupportSendsACommandThatIsQueuedAuditedAndShownEscaped) {
  Family f;
  Staff support("support");
  auto r = support.c.post(
      "/admin/watch/watches/" + f.imei + "/command",
      {{"csrf_token", support.csrf}, {"type", "message"}, {"text", "回家吃饭🙂<b>"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_NE(r.header("location").find("sent=queued"), std::string::npos);
  auto box = watch::offline_box(db::local(), f.imei);
  ASSERT_EQ(box.size(), 1u);
  EXPECT_EQ(box[0].payload["text"], "回家吃饭🙂<b>");
  auto page = support.c.get(r.header("location"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("指令已放入待发送队列"), std::string::npos);
  EXPECT_EQ(page.body.find("🙂<b>"), std::string::npos) << "escaped";
  EXPECT_NE(page.body.find("小明🙂"), std::string::npos);
  auto audit = support.c.get("/admin/watch/audit?imei=" + f.imei);
  EXPECT_NE(audit.body.find("message #" + std::to_string(box[0].id)), std::string::npos);
  EXPECT_NE(audit.body.find("员工🙂"), std::string::npos);

  auto bad = support.c.post("/admin/watch/watches/" + f.imei + "/command",
                            {{"csrf_token", support.csrf}, {"type", "upload"}, {"interval", "1"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("上传间隔应为 10 到 86400 秒"), std::string::npos);
  EXPECT_EQ(watch::offline_box(db::local(), f.imei).size(), 1u);
}

TEST(WatchAdmin, Utf8mb4NamesAreFoundAndEscapedOnListsAndDetails) {
  Family f("小红🙂<i>");
  Staff support("support");
  auto list = support.c.get("/admin/watch/watches?q=" + f.imei);
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("小红🙂&lt;i&gt;"), std::string::npos);
  EXPECT_EQ(list.body.find("小红🙂<i>"), std::string::npos);
  auto circles = support.c.get("/admin/watch/circles?q=" + f.circle);
  EXPECT_NE(circles.body.find("小明的家🙂"), std::string::npos);
  auto circle = support.c.get("/admin/watch/circles/" + f.circle);
  EXPECT_NE(circle.body.find("小红🙂&lt;i&gt;"), std::string::npos);
  EXPECT_NE(circle.body.find("妈妈"), std::string::npos);
}

TEST(WatchAdmin, SupportRemovesAMemberButNotTheLastAndUnbindsAWatch) {
  Family f;
  Staff support("support");
  std::string base = "/admin/watch/circles/" + f.circle + "/members/";
  auto removed =
      support.c.post(base + std::to_string(f.dad.uid) + "/remove", {{"csrf_token", support.csrf}});
  ASSERT_EQ(removed.status, 303) << removed.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_member WHERE circle_id = ?", f.circle), 1);
  auto last =
      support.c.post(base + std::to_string(f.mum.uid) + "/remove", {{"csrf_token", support.csrf}});
  EXPECT_EQ(last.status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_member WHERE circle_id = ?", f.circle), 1);
  auto unbound =
      support.c.post("/admin/watch/watches/" + f.imei + "/unbind", {{"csrf_token", support.csrf}});
  ASSERT_EQ(unbound.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_device WHERE imei = ? AND circle_id IS NULL", f.imei),
            1);
  EXPECT_EQ(f.mum.get("/v1/devices/" + f.imei).status, 404);
  auto audit = support.c.get("/admin/watch/audit?via=admin");
  EXPECT_NE(audit.body.find("移除成员"), std::string::npos);
  EXPECT_NE(audit.body.find("解绑手表"), std::string::npos);
}

TEST(WatchAdminStories, ContentUploadsAStoryWithCoverAndAudioAndBadFilesStoreNothing) {
  Staff content("content");
  std::string name = "童话" + std::to_string(content.id);
  auto cat = content.c.post("/admin/watch/stories/categories",
                            {{"csrf_token", content.csrf}, {"name", name}, {"position", "1"}});
  ASSERT_EQ(cat.status, 303) << cat.body;
  long long category =
      db::local().query("SELECT id FROM watch_story_category WHERE name = ?", name).one().i64(0);
  std::string title = "小红帽🙂" + std::to_string(content.id);
  auto up = content.c.post_multipart(
      "/admin/watch/stories",
      {{"csrf_token", content.csrf},
       {"category", std::to_string(category)},
       {"title", title},
       {"summary", "<b>外婆</b>"}},
      {{"cover", "c.jpg", "image/jpeg", testenv::picture("JPEG", 400, 300)},
       {"audio", "a.amr", "audio/amr", amr()}});
  ASSERT_EQ(up.status, 303) << up.body;
  auto page = content.c.get("/admin/watch/stories?category=" + std::to_string(category));
  EXPECT_NE(page.body.find(title), std::string::npos);
  EXPECT_NE(page.body.find("&lt;b&gt;外婆"), std::string::npos);
  EXPECT_NE(page.body.find("2 秒"), std::string::npos);

  auto bad = content.c.post_multipart(
      "/admin/watch/stories",
      {{"csrf_token", content.csrf}, {"category", std::to_string(category)}, {"title", "坏文件"}},
      {{"cover", "c.jpg", "image/jpeg", testenv::picture("JPEG", 40, 30)},
       {"audio", "a.mp3", "audio/mpeg", "not audio at all"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_story WHERE title = ?", "坏文件"), 0);
  auto in_use =
      content.c.post("/admin/watch/stories/categories/" + std::to_string(category) + "/delete",
                     {{"csrf_token", content.csrf}});
  EXPECT_EQ(in_use.status, 409) << "a category with stories stays";
}
