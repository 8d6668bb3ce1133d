// POST /hooks/sms: the SMS provider's signed delivery reports and inbound replies (lib/push/
// hook.h has the format). Machine-to-machine: no session, no CSRF; the HMAC signature, the
// 5-minute window and the replay guard take their place. Answers JSON.
#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "push/hook.h"
#include "web/serve.h"

int main() {
  web::Options options;
  options.csrf = false;
  return web::serve(
      [](web::Request& req, web::Response& res) {
        if (!req.is_post()) throw web::MethodNotAllowed();
        std::string sig = req.header("X-Yaocai-Signature");
        push::verify_hook(core::Config::get().str("sms", "hook_secret"),
                          req.header("X-Yaocai-Timestamp"), req.body(), sig, core::now());
        auto r = push::apply_hook(req.db(), req.body(), sig, core::now());
        res.json({{"ok", true},
                  {"delivered", r.delivered},
                  {"failed", r.failed},
                  {"dead", r.dead},
                  {"opted_out", r.opted_out},
                  {"repeated", r.repeated},
                  {"ignored", r.ignored}});
      },
      options);
}
