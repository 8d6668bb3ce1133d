#include "auth/login.h"

#include <algorithm>
#include <optional>

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
  std::string login = login_raw;
  login.erase(0, login.find_first_not_of(" \t"));
  login.erase(login.find_last_not_of(" \t") + 1);
  if (login.empty() || password.empty())
    throw web::BadRequest("请输入手机号/用户名和密码", "login");
  if (login.size() > 64) throw web::BadRequest(kLoginFailed, "login");
  // Usernames compare exactly: the column's utf8mb4_unicode_ci would also match other case,
  // accents and full-width forms, and each spelling must not be a new account to guess at.
  bool by_phone = valid_phone(login);
  auto res =
      by_phone
          ? db.query("SELECT id, password_hash, disabled, username FROM user WHERE phone = ?",
                     login)
          : db.query("SELECT id, password_hash, disabled, username FROM user WHERE username = ?",
                     login);
  std::optional<db::Row> row;
  for (const auto& u : res.rows)
    if (by_phone || u.str(3) == login) row = u;
  // Failures count per account, whatever it was called by (phone or username), and per IP;
  // a login that names no account counts under its text. Counted before the password is
  // looked at, so that 20 guesses sent at once are still only 5 tries, and even the right
  // password is refused while the account is locked.
  Throttle per_account(
      r, row ? "login:fail:user:" + std::to_string(row->i64(0)) : "login:fail:acct:" + lower(login),
      window);
  Throttle per_ip(r, "login:fail:ip:" + ip, window);
  long account_tries = per_account.hit(), ip_tries = per_ip.hit();
  if (account_tries > conf.num("auth", "login_fail_per_account", 5) ||
      ip_tries > conf.num("auth", "login_fail_per_ip", 50))
    throw web::TooManyRequests("登录失败次数过多，请15分钟后再试");
  if (!row) {
    // Same cost as a real check, so timing does not tell which accounts exist.
    static const std::string dummy = hash_password("timing-equaliser");
    verify_password(dummy, password);
    throw web::BadRequest(kLoginFailed, "login");
  }
  if (row->str(1).empty() || !verify_password(row->str(1), password))
    throw web::BadRequest(kLoginFailed, "login");
  per_ip.undo();  // a good login is no failure of its IP
  if (row->i64(2) != 0) throw web::Forbidden("该账号已被停用，如有疑问请联系客服");
  per_account.reset();
  long long id = row->i64(0);
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
