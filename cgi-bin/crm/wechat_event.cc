// GET/POST /wechat/event: the official account's server URL, called by WeChat, not a browser.
// Every call is signed (signature, timestamp, nonce in the query; [wechat] token) — a bad
// signature is 403. GET is the URL verification: echo `echostr`. POST is an XML event: a
// scan of a staff binding QR code (SCAN "bind_<token>", or subscribe "qrscene_bind_<token>")
// binds the scanner's openid to the waiting account. WeChat wants "success" as the answer.
// No session and no CSRF token: the signature authenticates the caller.
#include <iostream>

#include "core/config.h"
#include "core/error.h"
#include "web/serve.h"
#include "wechat/event.h"
#include "wechat/scene_bind.h"

int main() {
  return web::serve(
      [](web::Request& req, web::Response& res) {
        auto token = core::Config::get().str("wechat", "token", "");
        if (!wechat::valid_event_signature(token, req.param("signature"), req.param("timestamp"),
                                           req.param("nonce")))
          throw web::Forbidden("签名无效");
        if (!req.is_post()) {
          if (req.method() != "GET") throw web::MethodNotAllowed();
          return res.send(req.param("echostr"), "text/plain; charset=utf-8");
        }
        auto msg = wechat::parse_event(req.body());
        if (msg["MsgType"] == "event" && (msg["Event"] == "SCAN" || msg["Event"] == "subscribe")) {
          auto result =
              wechat::bind_scanned(req.db(), req.redis(), msg["EventKey"], msg["FromUserName"]);
          if (result == wechat::ScanBind::kTaken)
            std::cerr << "wechat bind refused: openid " << msg["FromUserName"]
                      << " or its account is bound elsewhere\n";
        }
        res.send("success", "text/plain; charset=utf-8");
      },
      {.csrf = false});
}
