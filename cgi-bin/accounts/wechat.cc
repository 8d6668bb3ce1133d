// GET /wechat/login?next=… and /wechat/callback?code&state: WeChat login and binding. Inside
// WeChat the official account's OAuth logs in; any other browser scans the website app's QR
// code (扫码登录). The state is a nonce kept in the visitor's session with the app it was
// started for; the code is exchanged server-side with that app's credentials.
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
constexpr const char* kApp = "wechat_login_app";

bool in_wechat(const web::Request& req) {
  return req.header("User-Agent").find("MicroMessenger") != std::string::npos;
}

void result(web::Request& req, web::Response& res, int status, const std::string& heading,
            const std::string& message) {
  web::Page page(&req, "accounts/wechat.tpl", "微信登录");
  page.dict().SetValue("HEADING", heading);
  page.dict().SetValue("MESSAGE", message);
  page.dict().ShowSection("RETRY");
  web::render(res, page, status);
}

void start(web::Request& req, web::Response& res) {
  std::string callback = core::base_url() + "/wechat/callback";
  std::string state = core::random_hex(16);
  bool website = !in_wechat(req);
  std::string to =
      website ? wechat::qrconnect_url(callback, state) : wechat::authorize_url(callback, state);
  if (to.empty()) {  // no website app configured: no QR code to show
    web::Page page(&req, "accounts/wechat.tpl", "微信登录");
    page.dict().SetValue("HEADING", "请在微信中打开");
    page.dict().SetValue("MESSAGE",
                         "电脑浏览器暂不支持微信扫码登录，请使用手机号登录，或在微信中打开本站。");
    page.dict().ShowSection("PHONE_LOGIN");
    return web::render(res, page);
  }
  auto& s = req.session();
  req.sessions().set(s, kState, state);
  req.sessions().set(s, kNext, auth::local_path(req.param("next")));
  req.sessions().set(s, kApp, website ? "website" : "official");
  res.redirect(to, 302);
}

void callback(web::Request& req, web::Response& res) {
  auto* s = req.existing_session();
  std::string expected = s && s->data.count(kState) ? s->data[kState] : "";
  std::string next = s && s->data.count(kNext) ? s->data[kNext] : "/";
  auto app = s && s->data.count(kApp) && s->data[kApp] == "website" ? wechat::App::website
                                                                    : wechat::App::official;
  if (expected.empty() || !core::secrets_equal(req.param("state"), expected))
    return result(req, res, 400, "登录请求无效", "登录请求已失效或来源无效，请重新发起微信登录。");
  // The nonce is single use: a replayed callback finds nothing to match.
  req.sessions().erase(*s, kState);
  req.sessions().erase(*s, kNext);
  req.sessions().erase(*s, kApp);
  std::string code = req.param("code");
  if (code.empty())
    return result(req, res, 403, "未完成微信授权", "您取消了微信授权，可以改用手机号登录。");
  wechat::Identity who;
  try {
    who = wechat::exchange_code(code, app);
  } catch (const wechat::ApiError& e) {
    if (e.errcode == wechat::kCodeUsed || e.errcode == wechat::kInvalidCode)
      return result(req, res, 400, "授权已失效", "该微信授权已使用或已过期，请重新发起微信登录。");
    return result(req, res, 502, "微信服务暂时不可用",
                  "暂时无法连接微信，请稍后再试或使用手机号登录。");
  }
  if (const auth::User* u = req.user()) {
    try {
      wechat::bind_openid(req.db(), u->id, who.openid, who.unionid, app);
    } catch (const core::Conflict& e) {
      return result(req, res, 409, "无法绑定微信", e.what());
    }
    return res.redirect(next);
  }
  if (auto id = wechat::user_for_openid(req.db(), who.openid, app, who.unionid)) {
    auto r = req.db().query("SELECT disabled FROM user WHERE id = ?", *id);
    if (r.empty() || r.one().i64(0) != 0)
      return result(req, res, 403, "账号已停用", "该账号已被停用，如有疑问请联系客服。");
    // Found by the unionid: the website openid is bound now, so it logs in by itself next time.
    if (app == wechat::App::website) {
      try {
        wechat::bind_openid(req.db(), *id, who.openid, who.unionid, app);
      } catch (const core::Conflict&) {
        // Another website openid is bound already: the login stands, the binding stays.
      }
    }
    req.login(*id, false);
    auth::record_login(req.db(), *id);
    return res.redirect(next);
  }
  // A new visitor: the openid waits in the session until they log in or register.
  wechat::remember_pending(req.sessions(), req.session(), who.openid, who.unionid, app);
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
    if (req.is_post()) throw core::MethodNotAllowed();
    if (req.path() == "/wechat/login") return start(req, res);
    if (req.path() == "/wechat/callback") return callback(req, res);
    throw core::NotFound();
  });
}
