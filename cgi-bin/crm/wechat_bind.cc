// GET /crm/wechat/bind (staff): whether the account has a WeChat bound and, if not, a
// temporary scene QR code (qrcode/create with the cached access token; scene
// "bind_<token>", the token naming the user in Redis for 10 minutes) to scan with WeChat,
// and a link to bind through WeChat OAuth when this page is opened inside WeChat. Scanning
// it makes WeChat call /wechat/event (crm/wechat_event), which binds the account.
#include "cgi-bin/crm/menu.h"
#include "core/error.h"
#include "qr/svg.h"
#include "web/serve.h"
#include "wechat/api.h"
#include "wechat/binding.h"
#include "wechat/scene_bind.h"

namespace {
const int kSeconds = 600;
}

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role(auth::kCrmRoles);
    if (req.is_post()) throw core::MethodNotAllowed();
    web::Page page(&req, "crm/wechat_bind.tpl", "绑定微信");
    crm_ui::menu(page, u);
    auto& d = page.dict();
    if (wechat::bound(req.db(), u.id)) {
      d.ShowSection("BOUND");
      return web::render(res, page);
    }
    d.ShowSection("UNBOUND");
    auto& r = req.redis();
    auto token = wechat::issue_bind_token(r, u.id, kSeconds);
    try {
      auto url = wechat::scene_qrcode_url(r, "bind_" + token, kSeconds);
      d.SetValueAndShowSection("QR_SVG", qr::svg(url, "微信绑定二维码"), "QR");
      d.SetIntValue("MINUTES", kSeconds / 60);
    } catch (const std::exception&) {
      d.ShowSection("WECHAT_DOWN");
    }
    web::render(res, page);
  });
}
