#include "sms/code.h"

#include <cstdio>

#include "auth/account.h"
#include "auth/throttle.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "core/token.h"
#include "sms/gateway.h"

namespace sms {
namespace {

// Compares and consumes atomically, so two parallel checks can never both use one code.
// Returns 1 used, 0 wrong, -1 no live code.
const char* kCheckScript = R"lua(
local c = redis.call('HGET', KEYS[1], 'code')
if not c then return -1 end
if c == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
local t = redis.call('HINCRBY', KEYS[1], 'tries', 1)
if t >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) end
return 0
)lua";

const char* purpose_name(const std::string& p) {
  if (p == "register") return "注册";
  if (p == "publish") return "发布采购";
  if (p == "login") return "登录";
  return "重置密码";
}

}  // namespace

bool valid_purpose(const std::string& p) {
  return p == "register" || p == "publish" || p == "reset" || p == "login";
}

std::string code_key(const std::string& phone, const std::string& purpose) {
  return "sms:code:" + purpose + ":" + phone;
}

void count_request(redis::Client& r, const std::string& ip) {
  auth::Throttle asks(r, "sms:ask:ip:" + ip, 3600);
  if (asks.hit() > core::Config::get().num("sms", "per_ip_hour", 300))
    throw core::TooManyRequests("获取验证码过于频繁，请稍后再试");
}

long send_code(redis::Client& r, const std::string& phone, const std::string& purpose,
               const std::string& ip) {
  if (!auth::valid_phone(phone)) throw core::BadRequest("请输入正确的11位手机号", "phone");
  if (!valid_purpose(purpose)) throw core::BadRequest("验证码用途无效", "purpose");
  const auto& conf = core::Config::get();
  long gap = conf.num("sms", "resend_seconds", 60);
  auth::Throttle per_ip(r, "sms:ip:" + ip, 3600);
  auth::Throttle per_day(r, "sms:day:" + phone + ":" + core::today(), 90000);
  if (per_ip.reached(conf.num("sms", "per_ip_hour", 300)))
    throw core::TooManyRequests("获取验证码过于频繁，请稍后再试");
  if (per_day.reached(conf.num("sms", "per_phone_day", 10)))
    throw core::TooManyRequests("该手机号今天获取验证码次数已达上限，请明天再试");
  // One send per phone per gap: SET NX decides between parallel requests.
  auto ok = r.cmd({"SET", r.key("sms:gap:" + phone), "1", "EX", std::to_string(gap), "NX"});
  if (ok.nil())
    throw core::TooManyRequests("验证码发送太频繁，请" + std::to_string(gap) + "秒后再试");
  per_ip.hit();
  per_day.hit();

  char code[8];
  std::snprintf(code, sizeof code, "%06u", core::random_below(1000000));
  long ttl = conf.num("sms", "code_ttl", 600);
  std::string key = r.key(code_key(phone, purpose));
  r.cmd({"DEL", key});
  r.cmd({"HSET", key, "code", code, "tries", "0"});
  r.cmd({"EXPIRE", key, std::to_string(ttl)});
  std::string text = signature() + "您的" + purpose_name(purpose) + "验证码是" + code + "，" +
                     std::to_string(ttl / 60) + "分钟内有效。如非本人操作，请忽略本短信。";
  gateway().send({phone, "code_" + purpose, text, code});
  return gap;
}

bool check_code(redis::Client& r, const std::string& phone, const std::string& purpose,
                const std::string& code) {
  if (!valid_purpose(purpose)) return false;
  // A malformed guess still counts as a try: it is no cheaper than a well-formed one.
  long tries = core::Config::get().num("sms", "max_tries", 5);
  auto v = r.cmd(
      {"EVAL", kCheckScript, "1", r.key(code_key(phone, purpose)), code, std::to_string(tries)});
  return v.num == 1;
}

void require_code(redis::Client& r, const std::string& phone, const std::string& purpose,
                  const std::string& code) {
  if (!check_code(r, phone, purpose, code))
    throw core::BadRequest("验证码错误或已过期", "sms_code");
}

}  // namespace sms
