// Password login: phone or username plus password, throttled per account and per IP.
#pragma once
#include <string>

#include "db/connection.h"
#include "redis/client.h"

namespace auth {

// The single message for an unknown login or a wrong password: it must not reveal which.
inline constexpr const char* kLoginFailed = "手机号/用户名或密码错误";

// Returns the user's id when `login` (phone or username) and `password` match an enabled
// account, and records the login time. Throws core::TooManyRequests while the account or the
// IP has too many recent failures, core::BadRequest(kLoginFailed) on a mismatch, and
// core::Forbidden for a disabled account (said only after the right password).
long long authenticate(db::Connection& db, redis::Client& r, const std::string& login,
                       const std::string& password, const std::string& ip);

// Records that `user_id` logged in (by password, WeChat or registering), for the admin's list.
void record_login(db::Connection& db, long long user_id);

// `next` if it is a path on this site, else "/": never another host (//x, /\x, http://...).
std::string local_path(const std::string& next);

}  // namespace auth
