// Verification codes against the real Redis and the log driver.
#include <gtest/gtest.h>

#include "core/error.h"
#include "redis/client.h"
#include "sms/code.h"
#include "tests/support/sms.h"
#include "tests/support/stack.h"

namespace {
redis::Client& r() { return redis::local(); }
std::string ip() {  // a documentation address per test: per-IP limits stay out of the way
  static int n = 0;
  return "198.51.100." + std::to_string(++n);
}
void forget_gap(const std::string& phone) { r().cmd({"DEL", r().key("sms:gap:" + phone)}); }
}  // namespace

TEST(SmsCode, SentCodeIsSixDigitsInTheLogWithTtlOfTenMinutes) {
  auto phone = testenv::unique_phone();
  EXPECT_EQ(sms::send_code(r(), phone, "register", ip()), 60);
  auto code = testenv::last_sms_code(phone);
  ASSERT_EQ(code.size(), 6u);
  for (char c : code) EXPECT_TRUE(isdigit(static_cast<unsigned char>(c)));
  long ttl = r().cmd({"TTL", r().key(sms::code_key(phone, "register"))}).num;
  EXPECT_GT(ttl, 590);
  EXPECT_LE(ttl, 600);
}

TEST(SmsCode, CodeIsSingleUse) {
  auto phone = testenv::unique_phone();
  sms::send_code(r(), phone, "reset", ip());
  auto code = testenv::last_sms_code(phone);
  EXPECT_TRUE(sms::check_code(r(), phone, "reset", code));
  EXPECT_FALSE(sms::check_code(r(), phone, "reset", code));
}

TEST(SmsCode, CodeIsBoundToPhoneAndPurpose) {
  auto phone = testenv::unique_phone(), other = testenv::unique_phone();
  sms::send_code(r(), phone, "register", ip());
  auto code = testenv::last_sms_code(phone);
  EXPECT_FALSE(sms::check_code(r(), other, "register", code));
  EXPECT_FALSE(sms::check_code(r(), phone, "reset", code));
  EXPECT_FALSE(sms::check_code(r(), phone, "publish", code));
  EXPECT_TRUE(sms::check_code(r(), phone, "register", code));
}

TEST(SmsCode, ExpiredCodeIsRefused) {
  auto phone = testenv::unique_phone();
  sms::send_code(r(), phone, "publish", ip());
  auto code = testenv::last_sms_code(phone);
  r().cmd({"PEXPIRE", r().key(sms::code_key(phone, "publish")), "1"});
  usleep(10000);
  EXPECT_FALSE(sms::check_code(r(), phone, "publish", code));
}

TEST(SmsCode, FifthWrongTryKillsTheCode) {
  auto phone = testenv::unique_phone();
  sms::send_code(r(), phone, "register", ip());
  auto code = testenv::last_sms_code(phone);
  std::string wrong = code == "000000" ? "111111" : "000000";
  for (int i = 0; i < 4; ++i) EXPECT_FALSE(sms::check_code(r(), phone, "register", wrong));
  // Four wrong tries leave the code alive...
  EXPECT_EQ(r().cmd({"EXISTS", r().key(sms::code_key(phone, "register"))}).num, 1);
  EXPECT_FALSE(sms::check_code(r(), phone, "register", wrong));
  // ...the fifth ends it, so even the right code is refused now.
  EXPECT_FALSE(sms::check_code(r(), phone, "register", code));
}

TEST(SmsCode, OneSendPerMinuteAndTenPerDayPerPhone) {
  auto phone = testenv::unique_phone();
  sms::send_code(r(), phone, "register", ip());
  EXPECT_THROW(sms::send_code(r(), phone, "register", ip()), core::TooManyRequests);
  EXPECT_THROW(sms::send_code(r(), phone, "reset", ip()), core::TooManyRequests)
      << "the gap is per phone, whatever the purpose";
  for (int i = 1; i < 10; ++i) {
    forget_gap(phone);
    sms::send_code(r(), phone, "register", ip());
  }
  forget_gap(phone);
  EXPECT_THROW(sms::send_code(r(), phone, "register", ip()), core::TooManyRequests);
  EXPECT_EQ(testenv::sms_count(phone), 10);
}

TEST(SmsCode, PerIpHourlyLimit) {
  std::string addr = "203.0.113.77";
  r().cmd({"SET", r().key("throttle:sms:ip:" + addr), "300", "EX", "3600"});
  auto phone = testenv::unique_phone();
  EXPECT_THROW(sms::send_code(r(), phone, "register", addr), core::TooManyRequests);
  EXPECT_EQ(testenv::sms_count(phone), 0);
  r().cmd({"DEL", r().key("throttle:sms:ip:" + addr)});
}

TEST(SmsCode, BadPhoneOrPurposeIsRefused) {
  EXPECT_THROW(sms::send_code(r(), "12345", "register", ip()), core::BadRequest);
  EXPECT_THROW(sms::send_code(r(), testenv::unique_phone(), "spam", ip()), core::BadRequest);
}
