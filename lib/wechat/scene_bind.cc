#include "wechat/scene_bind.h"

#include "core/error.h"
#include "core/token.h"
#include "wechat/binding.h"

namespace wechat {

namespace {
std::string token_key(redis::Client& r, const std::string& token) {
  return r.key("crm:wechat-bind:" + token);
}
}  // namespace

std::string issue_bind_token(redis::Client& r, long long user_id, int seconds) {
  auto token = core::random_hex(16);
  r.cmd({"SET", token_key(r, token), std::to_string(user_id), "EX", std::to_string(seconds)});
  return token;
}

ScanBind bind_scanned(db::Connection& db, redis::Client& r, const std::string& event_key,
                      const std::string& openid) {
  std::string key = event_key;
  if (key.rfind("qrscene_", 0) == 0) key = key.substr(8);  // subscribe through the QR code
  if (key.rfind("bind_", 0) != 0) return ScanBind::kNotBind;
  auto token = key.substr(5);
  if (token.empty() || token.size() > 64 ||
      token.find_first_not_of("0123456789abcdef") != std::string::npos || openid.empty())
    return ScanBind::kNoToken;
  // GETDEL: of two deliveries of the same scan (WeChat retries), only one finds the token.
  auto v = r.cmd({"GETDEL", token_key(r, token)});
  if (v.nil() || v.str.empty()) return ScanBind::kNoToken;
  long long user_id = std::stoll(v.str);
  try {
    bind_openid(db, user_id, openid, "");
    return ScanBind::kBound;
  } catch (const core::Conflict&) {
    return ScanBind::kTaken;
  }
}

}  // namespace wechat
