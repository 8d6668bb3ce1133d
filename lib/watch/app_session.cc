#include "watch/app_session.h"

#include "auth/account.h"
#include "core/error.h"
#include "core/token.h"
#include "sms/code.h"

namespace watch {
namespace {

std::string token_key(redis::Client& r, const std::string& token) {
  return r.key("watch:token:" + token);
}

bool well_formed(const std::string& token) {
  return token.size() == 64 && token.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

AppSession start_session(redis::Client& r, long long user_id) {
  AppSession s;
  s.token = core::random_hex(32);
  s.user_id = user_id;
  r.cmd({"SET", token_key(r, s.token), std::to_string(user_id), "EX", std::to_string(kTokenTtl)});
  return s;
}

namespace {

// Two first sign-ins of one phone at once: the unique key on user.phone lets one insert win
// and both read the same row.
long long user_for_phone(db::Connection& db, const std::string& phone, bool& created) {
  auto r = db.query("SELECT id, disabled FROM user WHERE phone = ?", phone);
  if (r.empty()) {
    created = db.query("INSERT IGNORE INTO user (phone) VALUES (?)", phone).affected > 0;
    r = db.query("SELECT id, disabled FROM user WHERE phone = ?", phone);
  }
  if (r.one().i64(1)) throw core::Forbidden("该账号已停用");
  return r.one().i64(0);
}

}  // namespace

AppSession sign_in(db::Connection& db, redis::Client& r, const std::string& phone,
                   const std::string& code) {
  if (!auth::valid_phone(phone)) throw core::BadRequest("请输入正确的手机号", "phone");
  if (code.empty()) throw core::BadRequest("请输入验证码", "code");
  if (!sms::check_code(r, phone, "login", code))
    throw core::BadRequest("验证码错误或已过期", "code");
  bool created = false;
  long long id = user_for_phone(db, phone, created);
  db.query("UPDATE user SET last_login_at = NOW() WHERE id = ?", id);
  auto s = start_session(r, id);
  s.new_user = created;
  return s;
}

long long token_user(redis::Client& r, const std::string& token) {
  if (!well_formed(token)) return 0;
  auto v = r.cmd({"GET", token_key(r, token)});
  return v.nil() ? 0 : std::atoll(v.str.c_str());
}

AppSession renew(redis::Client& r, const std::string& token) {
  // GETDEL: of two renewals with one token, only one gets the user.
  auto v = well_formed(token) ? r.cmd({"GETDEL", token_key(r, token)}) : redis::Value{};
  if (v.nil()) throw core::Error(401, "unauthorized", "登录已失效，请重新登录");
  return start_session(r, std::atoll(v.str.c_str()));
}

void sign_out(redis::Client& r, const std::string& token) {
  if (well_formed(token)) r.cmd({"DEL", token_key(r, token)});
}

}  // namespace watch
