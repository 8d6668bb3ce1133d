// Purchase moderation (issue 17): an admin finds an order and closes it with a reason; the
// buyer is told why, the action is logged, and a closed order cannot be closed again.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"

using testenv::member;
using namespace testenv::market_steps;

TEST(AdminPurchases, AdminClosesAnOrderWithAReasonAndTheBuyerIsTold) {
  auto admin = member("关单管理员", "admin");
  auto buyer = member("被关单采购商");
  long long pid = publish(buyer, 2);
  std::string id = std::to_string(pid), url = "/admin/purchases/" + id + "/close";
  auto found = admin.c().get("/admin/purchases?q=" + id);
  ASSERT_EQ(found.status, 200);
  EXPECT_TRUE(has(found.body, "action=\"" + url + "\""));

  // A reason is required; nothing changes without one.
  EXPECT_EQ(admin.c().post(url, {{"csrf_token", admin.csrf}, {"reason", " "}}).status, 400);
  EXPECT_EQ(count("SELECT status FROM purchase WHERE id = ?", pid), 1);
  // Only admins.
  EXPECT_EQ(buyer.c().post(url, {{"csrf_token", buyer.csrf}, {"reason", "自己关"}}).status, 403);

  auto r = admin.c().post(url, {{"csrf_token", admin.csrf}, {"reason", "信息不实，请重新发布"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(count("SELECT status FROM purchase WHERE id = ?", pid), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase_item WHERE purchase_id = ? AND status <> 0", pid),
            0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM admin_log WHERE action = 'close' AND object_type ="
                  " 'purchase' AND object_id = ?",
                  pid),
            1);
  auto told = buyer.c().get("/my/notifications");
  EXPECT_TRUE(has(told.body, "您的采购单 #" + id + " 已被管理员关闭"));
  EXPECT_TRUE(has(told.body, "原因：信息不实，请重新发布"));
  EXPECT_EQ(admin.c().post(url, {{"csrf_token", admin.csrf}, {"reason", "再关一次"}}).status, 409);
  EXPECT_EQ(admin.c()
                .post("/admin/purchases/999999999/close",
                      {{"csrf_token", admin.csrf}, {"reason", "不存在"}})
                .status,
            404);
}
