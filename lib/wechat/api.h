// The WeChat official-account API over HTTPS (libcurl): web OAuth (authorize URL, code
// exchange) and the basic access token, cached in Redis, that template messages and scene QR
// codes use. Base URLs come from [wechat] so tests talk to a local fake.
#pragma once
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "redis/client.h"

namespace wechat {

// WeChat answered with an errcode, or not at all (errcode -1: unreachable or not JSON).
struct ApiError : std::runtime_error {
  long errcode;
  ApiError(long code, const std::string& msg) : std::runtime_error(msg), errcode(code) {}
};
inline constexpr long kCodeUsed = 40163;
inline constexpr long kInvalidCode = 40029;

struct Identity {
  std::string openid, unionid;  // unionid only when WeChat gives one
};

// WeChat gives each app its own openids: the official account's ([wechat] appid: login inside
// WeChat, template messages) and the website app's ([wechat] web_appid: QR login in a desktop
// browser, 扫码登录). An account may have both; the unionid is the same person across them.
enum class App { official, website };

// The page the browser goes to: appid, urlencoded redirect_uri, response_type=code, the
// configured scope, `state`, and #wechat_redirect.
std::string authorize_url(const std::string& redirect_uri, const std::string& state);

// The website app's QR login page (qrconnect, scope snsapi_login), for browsers outside
// WeChat; "" when no web_appid is configured.
std::string qrconnect_url(const std::string& redirect_uri, const std::string& state);

// Exchanges a callback's code server-side, with the credentials of the app that issued it,
// for the visitor's openid of that app (+ unionid).
Identity exchange_code(const std::string& code, App app = App::official);

// The basic access token, from Redis while it lives (until 5 minutes before WeChat's expiry),
// else fetched once and cached.
std::string access_token(redis::Client& r);

// A temporary scene QR code (qrcode/create, QR_STR_SCENE) valid for `seconds`: the URL the
// QR image encodes. Scanning it opens the official account with `scene` in the event.
std::string scene_qrcode_url(redis::Client& r, const std::string& scene, int seconds);

// Sends template message `template_id` to `openid` (message/template/send); `data` is the
// template's {"key":{"value":...}} object, `url` where tapping it leads (may be empty).
// `client_msg_id`, when given, is WeChat's 防重入 id: the same openid and id again within 10
// minutes is not sent again, so a message resent after a crash arrives once.
void send_template(redis::Client& r, const std::string& openid, const std::string& template_id,
                   const std::string& url, const nlohmann::json& data,
                   const std::string& client_msg_id = "");

}  // namespace wechat
