// POST /sms/code (phone, purpose = register|publish|reset) → JSON: sends a verification code.
#include "auth/account.h"
#include "core/error.h"
#include "sms/code.h"
#include "web/serve.h"

namespace {

bool registered(db::Connection& db, const std::string& phone) {
  return !db.query("SELECT 1 FROM user WHERE phone = ?", phone).empty();
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (!req.is_post()) throw web::MethodNotAllowed();
    std::string phone = req.arg("phone"), purpose = req.arg("purpose");
    try {
      sms::count_request(req.redis(), req.remote_addr());
      if (auth::valid_phone(phone) && purpose == "register" && registered(req.db(), phone))
        throw web::Conflict("该手机号已注册，请直接登录", "phone_taken");
      if (auth::valid_phone(phone) && purpose == "reset" && !registered(req.db(), phone))
        throw web::BadRequest("该手机号尚未注册", "phone");
      long wait = sms::send_code(req.redis(), phone, purpose, req.remote_addr());
      res.json({{"ok", true}, {"resend_after", wait}, {"message", "验证码已发送"}});
    } catch (const web::Error& e) {
      // Always JSON here, whatever the client's Accept header said.
      nlohmann::json j{{"ok", false}, {"error", e.code}, {"message", e.what()}};
      if (!e.field.empty()) j["field"] = e.field;
      res.json(j, e.status);
    }
  });
}
