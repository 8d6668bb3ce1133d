// A member asks to be verified with their own documents (issue 17): the request waits on the
// admin's user list, a refusal comes back with its reason, and the verification closes it.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/member.h"
#include "tests/support/pictures.h"

using testenv::member;

namespace {
bool has(const std::string& body, const std::string& s) {
  return body.find(s) != std::string::npos;
}
long long one(const std::string& sql, long long id) {
  return db::local().query(sql, id).one().i64(0);
}
}  // namespace

TEST(MemberVerification, SubmitRefuseResubmitAndVerify) {
  auto m = member("自助认证会员");
  auto admin = member("认证管理员", "admin");
  auto page = m.c().get("/my/verification");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "name=\"document\""));
  EXPECT_TRUE(has(m.c().get("/my/settings").body, "href=\"/my/verification\""));

  // Not a picture: refused, nothing stored.
  auto bad = m.c().post_multipart("/my/verification", {{"csrf_token", m.csrf}},
                                  {{"document", "license.pdf", "application/pdf", "%PDF-1.7"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(one("SELECT COUNT(*) FROM user_document WHERE user_id = ?", m.id), 0);

  auto sent = m.c().post_multipart(
      "/my/verification", {{"csrf_token", m.csrf}},
      {{"document", "license.jpg", "image/jpeg", testenv::picture("JPEG", 800, 600)}});
  ASSERT_EQ(sent.status, 303);
  EXPECT_EQ(
      one("SELECT COUNT(*) FROM user_document WHERE user_id = ? AND uploaded_by = user_id", m.id),
      1);
  EXPECT_TRUE(has(m.c().get("/my/verification").body, "审核中"));
  std::string user_page = "/admin/users/" + std::to_string(m.id);
  EXPECT_TRUE(has(admin.c().get("/admin/users").body, "href=\"" + user_page + "\">自助认证会员"));

  auto refused = admin.c().post(user_page, {{"csrf_token", admin.csrf},
                                            {"action", "refuse_verification"},
                                            {"reason", "照片模糊，请重新拍摄"}});
  ASSERT_EQ(refused.status, 303);
  auto after = m.c().get("/my/verification").body;
  EXPECT_TRUE(has(after, "未通过：照片模糊，请重新拍摄"));
  EXPECT_TRUE(has(m.c().get("/my/notifications").body, "身份认证未通过"));

  ASSERT_EQ(m.c()
                .post_multipart(
                    "/my/verification", {{"csrf_token", m.csrf}},
                    {{"document", "clear.png", "image/png", testenv::picture("PNG", 600, 400)}})
                .status,
            303);
  ASSERT_EQ(admin.c().post(user_page, {{"csrf_token", admin.csrf}, {"action", "verify"}}).status,
            303);
  EXPECT_EQ(one("SELECT verified FROM user WHERE id = ?", m.id), 1);
  EXPECT_EQ(one("SELECT COUNT(*) FROM verification_request WHERE user_id = ?", m.id), 0);
  auto done = m.c().get("/my/verification").body;
  EXPECT_TRUE(has(done, "您的身份已认证"));
  EXPECT_FALSE(has(done, "name=\"document\""));
  EXPECT_EQ(m.c()
                .post_multipart(
                    "/my/verification", {{"csrf_token", m.csrf}},
                    {{"document", "again.png", "image/png", testenv::picture("PNG", 300, 300)}})
                .status,
            409);
}
