#include "auth/login.h"

#include <algorithm>

#include "auth/account.h"
#include "auth/password.h"
#include "auth/throttle.h"
#include "core/config.h"
#include "core/error.h"

namespace auth {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

long long authenticate(db::Connection& db, redis::Client& r, const std::string& login_raw,
                       const std::string& password, const std::string& ip) {
  const auto& conf = core::Config::get();
  long window = conf.num("auth", "login_fail_window", 900);
  Throttle per_account(r, "login:fail:acct:" + lower(login_raw).substr(0, 64), window);
  Throttle per_ip(r, "login:fail:ip:" + ip, window);
  // Checked before the password so that even the right one is refused while blocked.
  if (per_account.reached(conf.num("auth", "login_fail_per_account", 5)) ||
      per_ip.reached(conf.num("auth", "login_fail_per_ip", 50)))
    throw web::TooManyRequests("登录失败次数过多，请15分钟后再试");

  std::string login = login_raw;
  login.erase(0, login.find_first_not_of(" \t"));
  login.erase(login.find_last_not_of(" \t") + 1);
  auto fail = [&]() -> long long {
    per_account.hit();
    per_ip.hit();
    throw web::BadRequest(kLoginFailed, "login");
  };
  if (login.empty() || password.empty())
    throw web::BadRequest("请输入手机号/用户名和密码", "login");
  auto res =
      valid_phone(login)
          ? db.query("SELECT id, password_hash, disabled FROM user WHERE phone = ?", login)
          : db.query("SELECT id, password_hash, disabled FROM user WHERE username = ?", login);
  if (res.empty()) {
    // Same cost as a real check, so timing does not tell which accounts exist.
    static const std::string dummy = hash_password("timing-equaliser");
    verify_password(dummy, password);
    return fail();
  }
  const auto& row = res.one();
  if (row.str(1).empty() || !verify_password(row.str(1), password)) return fail();
  if (row.i64(2) != 0) throw web::Forbidden("该账号已被停用，如有疑问请联系客服");
  per_account.reset();
  long long id = row.i64(0);
  db.query("UPDATE user SET last_login_at = NOW() WHERE id = ?", id);
  return id;
}

std::string local_path(const std::string& next) {
  if (next.empty() || next.size() > 2000 || next[0] != '/') return "/";
  if (next.size() > 1 && (next[1] == '/' || next[1] == '\\')) return "/";
  for (unsigned char c : next)
    if (c == '\\' || c < 0x20 || c == 0x7f) return "/";
  return next;
}

}  // namespace auth
