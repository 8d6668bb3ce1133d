// POST /my/avatar (file field `avatar`): stores the logged-in member's avatar and returns to
// /my/settings. A bad picture gets the 400 page with the reason.
#include "image/avatar.h"

#include "core/error.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = req.require_login();
    if (!req.is_post()) throw core::MethodNotAllowed();
    const auto* up = req.upload("avatar");
    if (!up || up->data.empty()) throw core::BadRequest("请选择头像图片", "avatar");
    std::string url = image::set_avatar(req.db(), me.id, up->data);
    if (req.wants_json()) return res.json({{"ok", true}, {"url", url}});
    res.redirect("/my/settings");
  });
}
