#include "wechat/api.h"

#include <nlohmann/json.hpp>

#include "core/config.h"
#include "http/client.h"

namespace wechat {
namespace {

// A base starting with "/" is on this site (the local stack's stand-in at /wechat-fake).
std::string base(const char* key, const char* fallback) {
  const auto& c = core::Config::get();
  std::string b = c.str("wechat", key, fallback);
  if (!b.empty() && b[0] == '/') b = core::base_url() + b;
  while (!b.empty() && b.back() == '/') b.pop_back();
  return b;
}

nlohmann::json answer(const http::Reply& reply) {
  if (reply.status != 200)
    throw ApiError(-1, "wechat unreachable: " + std::to_string(reply.status) + " " + reply.error);
  auto j = nlohmann::json::parse(reply.body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw ApiError(-1, "wechat answered no JSON");
  if (j.contains("errcode") && j["errcode"].is_number() && j["errcode"].get<long>() != 0)
    throw ApiError(j["errcode"].get<long>(), j.value("errmsg", "wechat error"));
  return j;
}

nlohmann::json call(const std::string& url) { return answer(http::get(url, 5000)); }

nlohmann::json post(const std::string& url, const nlohmann::json& body) {
  return answer(http::post(url, body.dump(), "application/json", {}, 5000));
}

std::string credentials(App app = App::official) {
  const auto& c = core::Config::get();
  bool web = app == App::website;
  return "appid=" + http::urlencode(c.str("wechat", web ? "web_appid" : "appid")) +
         "&secret=" + http::urlencode(c.str("wechat", web ? "web_secret" : "secret"));
}

}  // namespace

std::string authorize_url(const std::string& redirect_uri, const std::string& state) {
  const auto& c = core::Config::get();
  return base("oauth_base", "https://open.weixin.qq.com") +
         "/connect/oauth2/authorize?appid=" + http::urlencode(c.str("wechat", "appid")) +
         "&redirect_uri=" + http::urlencode(redirect_uri) +
         "&response_type=code&scope=" + http::urlencode(c.str("wechat", "scope", "snsapi_base")) +
         "&state=" + http::urlencode(state) + "#wechat_redirect";
}

std::string qrconnect_url(const std::string& redirect_uri, const std::string& state) {
  std::string appid = core::Config::get().str("wechat", "web_appid", "");
  if (appid.empty()) return "";
  return base("oauth_base", "https://open.weixin.qq.com") +
         "/connect/qrconnect?appid=" + http::urlencode(appid) +
         "&redirect_uri=" + http::urlencode(redirect_uri) +
         "&response_type=code&scope=snsapi_login&state=" + http::urlencode(state) +
         "#wechat_redirect";
}

Identity exchange_code(const std::string& code, App app) {
  auto j =
      call(base("api_base", "https://api.weixin.qq.com") + "/sns/oauth2/access_token?" +
           credentials(app) + "&code=" + http::urlencode(code) + "&grant_type=authorization_code");
  if (!j.contains("openid") || !j["openid"].is_string() || j["openid"].get<std::string>().empty())
    throw ApiError(-1, "wechat gave no openid");
  Identity id;
  id.openid = j["openid"].get<std::string>();
  if (j.contains("unionid") && j["unionid"].is_string())
    id.unionid = j["unionid"].get<std::string>();
  return id;
}

std::string access_token(redis::Client& r) {
  std::string key = r.key("wechat:access_token");
  auto cached = r.cmd({"GET", key});
  if (!cached.nil() && !cached.str.empty()) return cached.str;
  auto j = call(base("api_base", "https://api.weixin.qq.com") +
                "/cgi-bin/token?grant_type=client_credential&" + credentials());
  if (!j.contains("access_token") || !j["access_token"].is_string())
    throw ApiError(-1, "wechat gave no access_token");
  std::string token = j["access_token"].get<std::string>();
  long ttl = j.value("expires_in", 7200L) - 300;
  if (ttl > 0) r.cmd({"SET", key, token, "EX", std::to_string(ttl)});
  return token;
}

std::string scene_qrcode_url(redis::Client& r, const std::string& scene, int seconds) {
  auto j = post(base("api_base", "https://api.weixin.qq.com") +
                    "/cgi-bin/qrcode/create?access_token=" + http::urlencode(access_token(r)),
                {{"expire_seconds", seconds},
                 {"action_name", "QR_STR_SCENE"},
                 {"action_info", {{"scene", {{"scene_str", scene}}}}}});
  if (!j.contains("url") || !j["url"].is_string()) throw ApiError(-1, "wechat gave no QR url");
  return j["url"].get<std::string>();
}

void send_template(redis::Client& r, const std::string& openid, const std::string& template_id,
                   const std::string& url, const nlohmann::json& data,
                   const std::string& client_msg_id) {
  nlohmann::json body = {{"touser", openid}, {"template_id", template_id}, {"data", data}};
  if (!url.empty()) body["url"] = url;
  if (!client_msg_id.empty()) body["client_msg_id"] = client_msg_id;
  post(base("api_base", "https://api.weixin.qq.com") +
           "/cgi-bin/message/template/send?access_token=" + http::urlencode(access_token(r)),
       body);
}

}  // namespace wechat
