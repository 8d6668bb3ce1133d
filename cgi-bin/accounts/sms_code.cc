// POST /sms/code (phone, purpose = register|publish|reset) → JSON: sends a verification code.
#include "auth/account.h"
#include "core/error.h"
#include "sms/code.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (!req.is_post()) throw core::MethodNotAllowed();
    std::string phone = req.arg("phone"), purpose = req.arg("purpose");
    try {
      sms::count_request(req.redis(), req.remote_addr());
      if (auth::valid_phone(phone) && purpose == "register" && auth::user_by_phone(req.db(), phone))
        throw core::Conflict("该手机号已注册，请直接登录", "phone_taken");
      // Publishing with a registered phone: say so before any code is sent; the form then
      // offers to log in and keeps the draft.
      if (auth::valid_phone(phone) && purpose == "publish" && auth::user_by_phone(req.db(), phone))
        throw core::Conflict("该手机号已注册，请登录后再发布", "phone_taken");
      if (auth::valid_phone(phone) && purpose == "reset" && !auth::user_by_phone(req.db(), phone))
        throw core::BadRequest("该手机号尚未注册", "phone");
      long wait = sms::send_code(req.redis(), phone, purpose, req.remote_addr());
      res.json({{"ok", true}, {"resend_after", wait}, {"message", "验证码已发送"}});
    } catch (const core::Error& e) {
      // Always JSON here, whatever the client's Accept header said.
      nlohmann::json j{{"ok", false}, {"error", e.code}, {"message", e.what()}};
      if (!e.field.empty()) j["field"] = e.field;
      res.json(j, e.status);
    }
  });
}
