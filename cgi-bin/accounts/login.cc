// GET/POST /login: phone or username + password, "记住我", back to a local `next`.
#include "auth/login.h"

#include "core/error.h"
#include "web/serve.h"
#include "wechat/binding.h"

namespace {

void form(web::Request& req, web::Response& res, const std::string& message, int status) {
  web::Page page(&req, "accounts/login.tpl", "登录");
  auto& d = page.dict();
  d.SetValue("CSRF", req.csrf_token());
  d.SetValue("LOGIN", req.arg("login"));
  d.SetValue("NEXT", auth::local_path(req.arg("next")));
  if (req.arg("remember") == "1") d.ShowSection("REMEMBER");
  if (!message.empty()) d.SetValueAndShowSection("MESSAGE", message, "ERROR");
  if (req.param("reset") == "1") d.ShowSection("RESET_DONE");
  if (wechat::pending(req)) d.ShowSection("WECHAT_PENDING");
  web::render(res, page, status);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    std::string next = auth::local_path(req.arg("next"));
    if (!req.is_post()) {
      if (req.user() && !wechat::pending(req)) return res.redirect(next);
      return form(req, res, "", 200);
    }
    long long id;
    try {
      id = auth::authenticate(req.db(), req.redis(), req.arg("login"), req.arg("password"),
                              req.remote_addr());
    } catch (const web::Error& e) {
      return form(req, res, e.what(), e.status);
    }
    req.login(id, req.arg("remember") == "1");
    wechat::bind_pending(req, id);
    res.redirect(next);
  });
}
