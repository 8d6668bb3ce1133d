// GET/POST /register: a marketplace member registers with phone + SMS code, and is logged in.
#include "auth/account.h"
#include "auth/login.h"
#include "auth/user.h"
#include "core/error.h"
#include "push/track.h"
#include "sms/code.h"
#include "web/form_error.h"
#include "web/serve.h"
#include "wechat/binding.h"

namespace {

void form(web::Request& req, web::Response& res, const web::Error* err) {
  web::Page page(&req, "accounts/register.tpl", "注册");
  page.script("/js/accounts.js");
  auto& d = page.dict();
  d.SetValue("CSRF", req.csrf_token());
  for (const char* f : {"phone", "name", "nickname"}) web::keep_value(d, req, f);
  d.SetValue("NEXT", auth::local_path(req.arg("next")));
  int type = std::atoi(req.arg("user_type").c_str());
  for (int t = 1; t <= 10; ++t) {
    auto* o = d.AddSectionDictionary("TYPE");
    o->SetIntValue("VALUE", t);
    o->SetValue("LABEL", auth::member_type_name(t));
    if (t == type) o->ShowSection("SELECTED");
  }
  if (req.arg("agree") == "1") d.ShowSection("AGREED");
  if (wechat::pending(req)) d.ShowSection("WECHAT_PENDING");
  if (err) web::show_error(d, *err);
  web::render(res, page, err ? err->status : 200);
}

long long register_member(web::Request& req) {
  auth::NewAccount a;
  a.phone = req.arg("phone");
  a.password = req.arg("password");
  a.name = req.arg("name");
  a.nickname = req.arg("nickname");
  a.user_type = std::atoi(req.arg("user_type").c_str());
  auth::check_account(a);
  if (req.arg("agree") != "1") throw web::BadRequest("请阅读并同意服务条款", "agree");
  if (!req.db().query("SELECT 1 FROM user WHERE phone = ?", a.phone).empty())
    throw web::BadRequest("该手机号已注册，请直接登录", "phone");
  // The code is used up only once everything else is known to be right.
  sms::require_code(req.redis(), a.phone, "register", req.arg("sms_code"));
  return auth::create_account(req.db(), a);  // the unique key decides a race on the phone
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (!req.is_post()) return form(req, res, nullptr);
    long long id;
    try {
      id = register_member(req);
    } catch (const web::Error& e) {
      return form(req, res, &e);
    }
    req.login(id, false);
    req.db().query("UPDATE user SET last_login_at = NOW() WHERE id = ?", id);
    if (auto visit = push::visit_in(req.session().data))
      push::credit_registration(req.db(), *visit);  // the push brought a new member
    wechat::bind_pending(req, id);
    res.redirect(auth::local_path(req.arg("next")));
  });
}
