// The admin back office through nginx: access rules on every /admin/ URL, CSRF, settings and
// partner logos in the layout, member administration, and uploads (stored, served, refused).
#include <gtest/gtest.h>

#include <filesystem>

#include "db/connection.h"
#include "image/store.h"
#include "tests/support/http.h"
#include "tests/support/pictures.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

const char* kAdminUrls[] = {
    "/admin",          "/admin/",          "/admin/users",       "/admin/users/1",
    "/admin/partners", "/admin/banners",   "/admin/settings",    "/admin/notices",
    "/admin/log",      "/admin/purchases", "/admin/no-such-page"};

struct Admin {
  long long id;
  Http c;
  std::string csrf;
  Admin() : id(testenv::make_user("管理员", "admin")) { csrf = testenv::login_as(c, id); }
};

long long count(const std::string& sql, long long id) {
  return db::local().query(sql, id).one().i64(0);
}

}  // namespace

TEST(AdminAccess, AnonymousVisitorIsSentToLogin) {
  for (const char* url : kAdminUrls) {
    Http c;
    auto r = c.get(url);
    EXPECT_EQ(r.status, 303) << url;
    EXPECT_EQ(r.header("location").rfind("/login?next=", 0), 0u) << url;
  }
}

TEST(AdminAccess, LoggedInNonAdminGets403Everywhere) {
  Http c;
  std::string csrf = testenv::login_as(c, testenv::make_user("员工", "staff,sales"));
  for (const char* url : kAdminUrls) {
    EXPECT_EQ(c.get(url).status, 403) << url;
    EXPECT_EQ(c.post(url, {{"csrf_token", csrf}, {"action", "disable"}}).status, 403) << url;
  }
}

TEST(AdminAccess, AdminPostWithoutCsrfTokenChangesNothing) {
  Admin a;
  long long member = testenv::make_user("会员甲");
  auto r = a.c.post("/admin/users/" + std::to_string(member), {{"action", "disable"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(count("SELECT disabled FROM user WHERE id = ?", member), 0);
  r = a.c.post("/admin/users/" + std::to_string(member),
               {{"action", "disable"}, {"csrf_token", "wrong"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(count("SELECT disabled FROM user WHERE id = ?", member), 0);
}

TEST(AdminUsers, SearchDisableRolesTypeAndLog) {
  Admin a;
  long long member = testenv::make_user("搜索测试药业");
  std::string phone = db::local().query("SELECT phone FROM user WHERE id = ?", member).one().str(0);
  auto r = a.c.get("/admin/users?q=" + phone);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("搜索测试药业"), std::string::npos);
  EXPECT_NE(a.c.get("/admin/users?q=%E6%90%9C%E7%B4%A2%E6%B5%8B%E8%AF%95").body.find(phone),
            std::string::npos);

  std::string url = "/admin/users/" + std::to_string(member);
  EXPECT_EQ(a.c.post(url, {{"csrf_token", a.csrf}, {"action", "disable"}}).status, 303);
  EXPECT_EQ(count("SELECT disabled FROM user WHERE id = ?", member), 1);
  EXPECT_EQ(a.c.post(url, {{"csrf_token", a.csrf}, {"action", "enable"}}).status, 303);
  EXPECT_EQ(count("SELECT disabled FROM user WHERE id = ?", member), 0);
  EXPECT_EQ(a.c.post(url, {{"csrf_token", a.csrf},
                           {"action", "roles"},
                           {"roles", "staff"},
                           {"roles", "teacher"}})
                .status,
            303);
  EXPECT_EQ(db::local().query("SELECT roles FROM user WHERE id = ?", member).one().str(0),
            "teacher,staff");
  // Roles in Chinese on the list and the form (issue 17).
  auto listed = a.c.get("/admin/users?q=" + phone).body;
  EXPECT_NE(listed.find("讲师/班主任"), std::string::npos);
  EXPECT_EQ(listed.find(">teacher"), std::string::npos);
  EXPECT_NE(a.c.get(url).body.find("> 销售经理</label>"), std::string::npos);
  EXPECT_EQ(a.c.post(url, {{"csrf_token", a.csrf}, {"action", "roles"}, {"roles", "root"}}).status,
            400);
  EXPECT_EQ(
      a.c.post(url, {{"csrf_token", a.csrf}, {"action", "user_type"}, {"user_type", "3"}}).status,
      303);
  EXPECT_EQ(count("SELECT user_type FROM user WHERE id = ?", member), 3);
  EXPECT_EQ(
      a.c.post(url, {{"csrf_token", a.csrf}, {"action", "user_type"}, {"user_type", "11"}}).status,
      400);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM admin_log WHERE object_type = 'user' AND object_id = ?", member),
      4);
  // Actions in Chinese (issue 17), not their codes.
  auto log = a.c.get("/admin/log").body;
  EXPECT_NE(log.find("修改经营主体"), std::string::npos);
  EXPECT_EQ(log.find(">user_type<"), std::string::npos);
  // An admin cannot lock themself out.
  std::string self = "/admin/users/" + std::to_string(a.id);
  EXPECT_EQ(a.c.post(self, {{"csrf_token", a.csrf}, {"action", "disable"}}).status, 403);
  EXPECT_EQ(count("SELECT disabled FROM user WHERE id = ?", a.id), 0);
}

TEST(AdminUsers, VerificationNeedsDocumentPhotos) {
  Admin a;
  long long member = testenv::make_user("待认证合作社");
  std::string url = "/admin/users/" + std::to_string(member);
  auto r = a.c.post(url, {{"csrf_token", a.csrf}, {"action", "verify"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("请先上传身份证明材料"), std::string::npos);
  EXPECT_EQ(count("SELECT verified FROM user WHERE id = ?", member), 0);

  r = a.c.post_multipart(
      url, {{"csrf_token", a.csrf}, {"action", "document"}},
      {{"document", "front.jpg", "image/jpeg", testenv::picture("JPEG", 800, 500)},
       {"document", "back.png", "image/png", testenv::picture("PNG", 500, 800)}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM user_document WHERE user_id = ?", member), 2);
  EXPECT_EQ(a.c.post(url, {{"csrf_token", a.csrf}, {"action", "verify"}}).status, 303);
  EXPECT_EQ(count("SELECT verified FROM user WHERE id = ?", member), 1);
  auto page = a.c.get(url);
  EXPECT_NE(page.body.find("身份真实"), std::string::npos);
  EXPECT_NE(page.body.find("_document.jpg"), std::string::npos);
}

TEST(AdminSettings, TitleDescriptionAndContactShowOnTheNextPage) {
  Admin a;
  auto r = a.c.post("/admin/settings", {{"csrf_token", a.csrf},
                                        {"title", "测试药材网"},
                                        {"description", "描述<b>一</b>"},
                                        {"keywords", "药材,采购"},
                                        {"contact", "客服 400-000-0000"},
                                        {"icp", "京ICP备12345678号-1"}});
  EXPECT_EQ(r.status, 303);
  Http visitor;
  auto home = visitor.get("/");
  EXPECT_NE(home.body.find("- 测试药材网</title>"), std::string::npos);
  EXPECT_NE(home.body.find("<meta name=\"description\" content=\"描述&lt;b&gt;一&lt;/b&gt;\">"),
            std::string::npos);
  EXPECT_NE(home.body.find("<meta name=\"keywords\" content=\"药材,采购\">"), std::string::npos);
  EXPECT_NE(home.body.find("客服 400-000-0000"), std::string::npos);
  // The ICP备案号 in the footer, linked to the registry (issue 17).
  EXPECT_NE(home.body.find("href=\"https://beian.miit.gov.cn/\" rel=\"noopener\" "
                           "target=\"_blank\">京ICP备12345678号-1</a>"),
            std::string::npos);
  EXPECT_GE(
      count("SELECT COUNT(*) FROM admin_log WHERE admin_id = ? AND object_type = 'settings'", a.id),
      1);
  // Back to the configured defaults for the other suites.
  EXPECT_EQ(a.c.post("/admin/settings", {{"csrf_token", a.csrf}}).status, 303);
  EXPECT_EQ(visitor.get("/").body.find("测试药材网"), std::string::npos);
}

TEST(AdminPartners, LogoUploadShowsInFooterAndNginxServesIt) {
  Admin a;
  auto r = a.c.post_multipart(
      "/admin/partners",
      {{"csrf_token", a.csrf},
       {"action", "save"},
       {"name", "同仁堂测试"},
       {"link", "https://example.com/"},
       {"sort", "1"}},
      {{"logo", "logo.gif", "application/octet-stream", testenv::picture("GIF", 480, 240)}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto row =
      db::local()
          .query("SELECT id, logo FROM partner WHERE name = '同仁堂测试' ORDER BY id DESC LIMIT 1")
          .one();
  std::string logo = image::url(row.str(1), image::Use::logo);
  Http visitor;
  auto home = visitor.get("/");
  EXPECT_NE(home.body.find("src=\"" + logo + "\""), std::string::npos);
  auto file = visitor.get(logo);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.header("content-type"), "image/png");
  EXPECT_NE(file.header("cache-control").find("immutable"), std::string::npos);
  EXPECT_EQ(file.body.substr(1, 3), "PNG");

  // A javascript: link is refused; hiding takes the logo out of the footer at once.
  std::string id = row.str(0);
  EXPECT_EQ(a.c.post("/admin/partners", {{"csrf_token", a.csrf},
                                         {"action", "save"},
                                         {"id", id},
                                         {"name", "x"},
                                         {"link", "javascript:alert(1)"}})
                .status,
            400);
  EXPECT_EQ(
      a.c.post("/admin/partners", {{"csrf_token", a.csrf}, {"action", "hide"}, {"id", id}}).status,
      303);
  EXPECT_EQ(visitor.get("/").body.find(logo), std::string::npos);
  EXPECT_EQ(a.c.post("/admin/partners", {{"csrf_token", a.csrf}, {"action", "delete"}, {"id", id}})
                .status,
            303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM partner WHERE id = ?", std::stoll(id)), 0);
}

TEST(AdminBannersAndNotices, SavedAndLogged) {
  Admin a;
  auto r = a.c.post_multipart(
      "/admin/banners",
      {{"csrf_token", a.csrf}, {"action", "save"}, {"title", "春季采购节"}, {"link", "/purchases"}},
      {{"image", "b.webp", "image/webp", testenv::picture("WEBP", 1600, 500)}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_NE(a.c.get("/admin/banners").body.find("春季采购节"), std::string::npos);
  r = a.c.post("/admin/notices", {{"csrf_token", a.csrf},
                                  {"audience", "all"},
                                  {"title", "系统维护通知"},
                                  {"body", "今晚维护"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(a.c.post("/admin/notices",
                     {{"csrf_token", a.csrf}, {"audience", "3"}, {"title", ""}, {"body", "x"}})
                .status,
            400);
  EXPECT_NE(a.c.get("/admin/notices").body.find("系统维护通知"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM admin_log WHERE admin_id = ?", a.id), 2);
}

TEST(Uploads, AvatarIsStoredAndServedBadFilesAreRefused) {
  Http c;
  long long id = testenv::make_user("头像会员");
  std::string csrf = testenv::login_as(c, id);
  auto bad = [&](const std::string& name, const std::string& data) {
    auto r = c.post_multipart("/my/avatar", {{"csrf_token", csrf}},
                              {{"avatar", name, "image/jpeg", data}});
    EXPECT_EQ(r.status, 400) << name;
    EXPECT_NE(r.body.find("图片"), std::string::npos) << name;
  };
  bad("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  bad("a.jpg", "not a picture at all");
  bad("bomb.png", testenv::huge_png(20000, 20000));
  bad("frames.gif", testenv::many_frames_gif(3000));
  auto jpeg = testenv::picture("JPEG", 640, 480);
  bad("cut.jpg", jpeg.substr(0, jpeg.size() / 2));
  EXPECT_EQ(count("SELECT COUNT(*) FROM user_avatar WHERE user_id = ?", id), 0);
  // Over nginx's body cap: 413 before the program reads anything.
  auto big = c.post_multipart("/my/avatar", {{"csrf_token", csrf}},
                              {{"avatar", "big.jpg", "image/jpeg", std::string(13 << 20, 'x')}});
  EXPECT_EQ(big.status, 413);
  // The program is still serving.
  auto ok = c.post_multipart("/my/avatar", {{"csrf_token", csrf}},
                             {{"avatar", "me.jpg", "image/jpeg", jpeg}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(ok.header("location"), "/my/settings");
  std::string hash =
      db::local().query("SELECT image FROM user_avatar WHERE user_id = ?", id).one().str(0);
  auto served = c.get(image::url(hash, image::Use::avatar));
  EXPECT_EQ(served.status, 200);
  EXPECT_EQ(served.header("content-type"), "image/jpeg");
}

// The audit: identity documents were public to anyone with the URL.
TEST(AdminUsers, IdentityDocumentsAreServedToAdminsOnly) {
  Admin a;
  long long member = testenv::make_user("证件保密");
  std::string url = "/admin/users/" + std::to_string(member);
  auto up = a.c.post_multipart(
      url, {{"csrf_token", a.csrf}, {"action", "document"}},
      {{"document", "id.jpg", "image/jpeg", testenv::picture("JPEG", 640, 400)}});
  ASSERT_EQ(up.status, 303);
  auto hash =
      db::local().query("SELECT image FROM user_document WHERE user_id = ?", member).one().str(0);
  std::string doc = "/admin/documents/" + hash + "_document.jpg";
  std::string thumb = "/admin/documents/" + hash + "_docthumb.jpg";
  auto page = a.c.get(url);
  EXPECT_NE(page.body.find(doc), std::string::npos);
  EXPECT_NE(page.body.find(thumb), std::string::npos);
  for (const auto& path : {doc, thumb}) {
    auto r = a.c.get(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.header("content-type"), "image/jpeg");
    EXPECT_EQ(r.body.substr(0, 3), std::string("\xff\xd8\xff", 3)) << "the picture itself";
  }
  Http member_client, anonymous;
  testenv::login_as(member_client, member);
  EXPECT_EQ(member_client.get(doc).status, 403);
  EXPECT_NE(anonymous.get(doc).status, 200);
  // Nowhere under /uploads/, however it is spelled.
  for (const char* u : {"list", "document", "docthumb"}) {
    std::string name = hash.substr(0, 2) + "/" + hash + "_" + u + ".jpg";
    EXPECT_EQ(anonymous.get("/uploads/" + name).status, 404) << name;
    EXPECT_EQ(anonymous.get("/uploads/private/" + name).status, 404) << name;
  }
  EXPECT_EQ(a.c.get("/admin/documents/" + std::string(40, 'a') + "_document.jpg").status, 404);
}

TEST(AdminUsers, DocumentUploadWithOneBadFileStoresNone) {
  Admin a;
  long long member = testenv::make_user("证件有坏图");
  auto files = [] {
    size_t n = 0;
    std::error_code ec;
    for (auto it =
             std::filesystem::recursive_directory_iterator(testenv::var_dir() + "/uploads", ec);
         it != std::filesystem::recursive_directory_iterator(); ++it)
      n += it->is_regular_file();
    return n;
  };
  size_t before = files();
  auto r = a.c.post_multipart(
      "/admin/users/" + std::to_string(member), {{"csrf_token", a.csrf}, {"action", "document"}},
      {{"document", "ok.jpg", "image/jpeg", testenv::picture("JPEG", 333, 222)},
       {"document", "bad.jpg", "image/jpeg", std::string("\xFF\xD8\xFF\xE0garbage", 11)}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(count("SELECT COUNT(*) FROM user_document WHERE user_id = ?", member), 0);
  EXPECT_EQ(files(), before);
}
