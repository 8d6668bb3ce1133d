// The security audit's findings (issue 12), each with its reproduction: oversized fields,
// broken encodings and misplaced tokens get a clear 4xx, and the program keeps serving.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Fields;
using testenv::Http;
using testenv::market_steps::order_form;

namespace {

void set(Fields& f, const std::string& name, const std::string& value) {
  for (auto& [k, v] : f)
    if (k == name) {
      v = value;
      return;
    }
  f.emplace_back(name, value);
}

long long purchases() { return db::local().query("SELECT COUNT(*) FROM purchase").one().i64(0); }

}  // namespace

// High: a quantity, price or item field name of ~27 000 characters killed market/purchase_new
// (std::regex recursing per character). An anonymous visitor's form is enough.
TEST(Abuse, HugeQuantityPriceOrFieldNameIsAFormErrorNotACrash) {
  Http c;
  std::string csrf = c.csrf(c.get("/purchase/new").body);
  ASSERT_FALSE(csrf.empty());
  std::string huge(27000, '1');
  long long before = purchases();
  for (const char* field : {"items[0][quantity]", "items[0][price]"}) {
    auto f = order_form(csrf);
    set(f, field, huge);
    auto r = c.post("/purchase/new", f);
    EXPECT_EQ(r.status, 400) << field;
    EXPECT_NE(r.body.find("须为大于0的数字"), std::string::npos) << field;
  }
  auto f = order_form(csrf);
  f.emplace_back("items[0][" + std::string(27000, 'a') + "]", "1");
  auto r = c.post("/purchase/new", f);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("表单字段名过长"), std::string::npos);
  EXPECT_EQ(purchases(), before);
  EXPECT_EQ(c.get("/purchase/new").status, 200);
}

TEST(Abuse, FormWithThousandsOfFieldsIs400) {
  Http c;
  std::string csrf = c.csrf(c.get("/login").body);
  Fields f{{"csrf_token", csrf}};
  for (int i = 0; i < 5000; ++i) f.emplace_back("f" + std::to_string(i), "x");
  auto r = c.post("/login", f);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("表单字段过多"), std::string::npos);
}

// Low: invalid UTF-8 in a stored text answered 500 (MariaDB refused the row).
TEST(Abuse, InvalidUtf8InAStoredTextIs400AndStoresNothing) {
  Http c;
  testenv::login_as(c, testenv::make_user("坏编码"));
  std::string csrf = c.csrf(c.get("/purchase/new").body);
  auto f = order_form(csrf);
  set(f, "remark", "备注\xff\xfe");
  long long before = purchases();
  auto r = c.post("/purchase/new", f);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("无效字符"), std::string::npos);
  EXPECT_EQ(purchases(), before);
}

// Low: a malformed multipart part header answered 500 on every route, before any login.
TEST(Abuse, MalformedMultipartPartHeaderIs400) {
  Http c;
  for (std::string body : {
           // A part without the blank line that ends its header.
           "--abc\r\nContent-Disposition: form-data; name=\"a\"; filename=\"\r\n--abc--\r\n",
           "--abc\r\nContent-Disposition: form-data; "
           "name=\"a\"\r\n\r\nx\r\n--abc\r\nfoo\r\n--abc--\r\n",
           "--abc\r\nfoo--abc--\r\n",
       }) {
    for (const char* path : {"/login", "/purchase/new", "/crm/customers/import"}) {
      auto r = c.post_raw(path, body, "multipart/form-data; boundary=abc");
      EXPECT_EQ(r.status, 400) << path << " " << body;
    }
  }
}

// Low: a CSRF token in the query string of a POST was accepted.
TEST(Abuse, CsrfTokenInTheQueryStringOfAPostIsRefused) {
  Http c;
  std::string token = testenv::login_as(c, testenv::make_user("查询串令牌"));
  auto r = c.post("/logout?csrf_token=" + token, {});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(c.get("/my/settings").status, 200) << "still logged in";
  EXPECT_EQ(c.post("/logout", {{"csrf_token", token}}).status, 303) << "the body still works";
}
