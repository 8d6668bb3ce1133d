// The watch app's account: POST /v1/sms/code (purpose login), POST /v1/sessions (sign in with
// the code), POST /v1/sessions/renew, GET /v1/me (with the app's MQTT login), POST
// /v1/me/location.
#include "auth/user.h"
#include "cgi-bin/watch/api.h"
#include "sms/code.h"
#include "watch/app_push.h"
#include "watch/member_location.h"

namespace {

nlohmann::json session_json(const watch::AppSession& s) {
  return {{"token", s.token},
          {"expires_in", s.expires_in},
          {"uid", s.user_id},
          {"new_user", s.new_user}};
}

nlohmann::json me_json(web::Request& req, long long user) {
  auto u = auth::find_user(req.db(), user);
  if (!u) throw core::Error(401, "unauthorized", "登录已失效，请重新登录");
  nlohmann::json circles = nlohmann::json::array();
  for (const auto& c : watch::circles_of(req.db(), user))
    circles.push_back({{"id", std::to_string(c.id)}, {"name", c.name}});
  // The app subscribes to its own MQTT topic with this login to hear circle events at once.
  return {{"uid", u->id},
          {"phone", u->phone},
          {"name", u->display_name()},
          {"circles", circles},
          {"mqtt", watch::mqtt_login_json(watch::mqtt_login(user))}};
}

}  // namespace

int main() {
  return web::serve(
      [](web::Request& req, web::Response& res) {
        using namespace watch_api;
        const auto& path = req.path();
        if (path == "/v1/sms/code") {
          if (!is(req, "POST")) throw core::MethodNotAllowed();
          auto j = body(req);
          std::string purpose = text(j, "purpose").value_or("login");
          if (purpose != "login") throw core::BadRequest("验证码用途无效", "purpose");
          long wait =
              sms::send_code(req.redis(), required_text(j, "phone"), purpose, req.remote_addr());
          ok(res, {{"retry_after", wait}});
        } else if (path == "/v1/sessions") {
          if (!is(req, "POST")) throw core::MethodNotAllowed();
          auto j = body(req);
          auto s = watch::sign_in(req.db(), req.redis(), required_text(j, "phone"),
                                  text(j, "code").value_or(""));
          ok(res, session_json(s), 201);
        } else if (path == "/v1/sessions/renew") {
          if (!is(req, "POST")) throw core::MethodNotAllowed();
          ok(res, session_json(watch::renew(req.redis(), bearer_token(req))));
        } else if (path == "/v1/me") {
          if (!is(req, "GET")) throw core::MethodNotAllowed();
          ok(res, me_json(req, caller(req)));
        } else if (path == "/v1/me/location") {
          if (!is(req, "POST")) throw core::MethodNotAllowed();
          long long user = caller(req);
          auto j = body(req);
          watch::report_location(req.db(), user,
                                 {required_number(j, "lat"), required_number(j, "lon")},
                                 static_cast<int>(number(j, "accuracy").value_or(-1)));
          ok(res, nlohmann::json::object());
        } else {
          throw core::NotFound();
        }
      },
      watch_api::options());
}
