// GET /wechat/login?next=… and /wechat/callback?code&state: WeChat OAuth login and binding.
// The state is a nonce kept in the visitor's session; the code is exchanged server-side.
#include "auth/login.h"
#include "core/config.h"
#include "core/error.h"
#include "core/token.h"
#include "web/serve.h"
#include "wechat/api.h"
#include "wechat/binding.h"

namespace {

constexpr const char* kState = "wechat_state";
constexpr const char* kNext = "wechat_next";

void result(web::Request& req, web::Response& res, int status, const std::string& heading,
            const std::string& message) {
  web::Page page(&req, "accounts/wechat.tpl", "微信登录");
  page.dict().SetValue("HEADING", heading);
  page.dict().SetValue("MESSAGE", message);
  page.dict().ShowSection("RETRY");
  web::render(res, page, status);
}

void start(web::Request& req, web::Response& res) {
  auto& s = req.session();
  std::string state = core::random_hex(16);
  req.sessions().set(s, kState, state);
  req.sessions().set(s, kNext, auth::local_path(req.param("next")));
  std::string callback = core::Config::get().str("site", "base_url") + "/wechat/callback";
  res.redirect(wechat::authorize_url(callback, state), 302);
}

void callback(web::Request& req, web::Response& res) {
  auto* s = req.existing_session();
  std::string expected = s && s->data.count(kState) ? s->data[kState] : "";
  std::string next = s && s->data.count(kNext) ? s->data[kNext] : "/";
  if (expected.empty() || !core::secrets_equal(req.param("state"), expected))
    return result(req, res, 400, "登录请求无效", "登录请求已失效或来源无效，请重新发起微信登录。");
  // The nonce is single use: a replayed callback finds nothing to match.
  req.sessions().erase(*s, kState);
  req.sessions().erase(*s, kNext);
  std::string code = req.param("code");
  if (code.empty())
    return result(req, res, 403, "未完成微信授权", "您取消了微信授权，可以改用手机号登录。");
  wechat::Identity who;
  try {
    who = wechat::exchange_code(code);
  } catch (const wechat::ApiError& e) {
    if (e.errcode == wechat::kCodeUsed || e.errcode == wechat::kInvalidCode)
      return result(req, res, 400, "授权已失效", "该微信授权已使用或已过期，请重新发起微信登录。");
    return result(req, res, 502, "微信服务暂时不可用",
                  "暂时无法连接微信，请稍后再试或使用手机号登录。");
  }
  if (const auth::User* u = req.user()) {
    try {
      wechat::bind_openid(req.db(), u->id, who.openid, who.unionid);
    } catch (const web::Conflict& e) {
      return result(req, res, 409, "无法绑定微信", e.what());
    }
    return res.redirect(next);
  }
  if (auto id = wechat::user_for_openid(req.db(), who.openid)) {
    auto r = req.db().query("SELECT disabled FROM user WHERE id = ?", *id);
    if (r.empty() || r.one().i64(0) != 0)
      return result(req, res, 403, "账号已停用", "该账号已被停用，如有疑问请联系客服。");
    req.login(*id, false);
    req.db().query("UPDATE user SET last_login_at = NOW() WHERE id = ?", *id);
    return res.redirect(next);
  }
  // A new visitor: the openid waits in the session until they log in or register.
  wechat::remember_pending(req, who.openid, who.unionid);
  web::Page page(&req, "accounts/wechat.tpl", "绑定微信");
  page.dict().SetValue("HEADING", "绑定账号");
  page.dict().SetValue(
      "MESSAGE",
      "您的微信尚未绑定账号。请登录已有账号或注册新账号，完成后将自动绑定，以后可用微信直接登录。");
  page.dict().SetValueAndShowSection("NEXT", next, "CHOOSE");
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (req.is_post()) throw web::MethodNotAllowed();
    if (req.path() == "/wechat/login") return start(req, res);
    if (req.path() == "/wechat/callback") return callback(req, res);
    throw web::NotFound();
  });
}
