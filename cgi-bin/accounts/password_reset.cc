// GET/POST /password/reset (phone, sms_code, password): a new password by SMS code. Every
// session of the account ends with it; the visitor then logs in with the new one.
#include "auth/account.h"
#include "auth/password.h"
#include "core/error.h"
#include "sms/code.h"
#include "web/form_error.h"
#include "web/serve.h"

namespace {

void form(web::Request& req, web::Response& res, const web::Error* err) {
  web::Page page(&req, "accounts/password_reset.tpl", "重置密码");
  page.script("/js/accounts.js");
  auto& d = page.dict();
  d.SetValue("CSRF", req.csrf_token());
  web::keep_value(d, req, "phone");
  if (err) web::show_error(d, *err);
  web::render(res, page, err ? err->status : 200);
}

void reset(web::Request& req) {
  std::string phone = req.arg("phone"), password = req.arg("password");
  if (!auth::valid_phone(phone)) throw web::BadRequest("请输入正确的11位手机号", "phone");
  auth::check_new_password(password);
  auto user = req.db().query("SELECT id FROM user WHERE phone = ?", phone);
  if (user.empty()) throw web::BadRequest("该手机号尚未注册", "phone");
  sms::require_code(req.redis(), phone, "reset", req.arg("sms_code"));
  long long id = user.one().i64(0);
  req.db().query("UPDATE user SET password_hash = ? WHERE id = ?", auth::hash_password(password),
                 id);
  // Whoever got into the account (the reason for many resets) is logged out everywhere.
  req.sessions().end_user_sessions(id);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (!req.is_post()) return form(req, res, nullptr);
    try {
      reset(req);
    } catch (const web::Error& e) {
      return form(req, res, &e);
    }
    req.logout();
    res.redirect("/login?reset=1");
  });
}
