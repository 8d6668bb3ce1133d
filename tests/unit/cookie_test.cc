#include <gtest/gtest.h>

#include "web/response.h"

TEST(Cookie, SessionCookieHasNoMaxAge) {
  web::Cookie c{.name = "yc_sid", .value = "abc"};
  EXPECT_EQ(c.header_value(), "yc_sid=abc; Path=/; HttpOnly; SameSite=Lax");
}

TEST(Cookie, RememberedCookieLastsSevenDaysAndSecureUnderHttps) {
  web::Cookie c{.name = "yc_sid", .value = "abc", .max_age = 604800, .secure = true};
  EXPECT_EQ(c.header_value(), "yc_sid=abc; Path=/; Max-Age=604800; HttpOnly; Secure; SameSite=Lax");
}
