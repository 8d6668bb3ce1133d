// POST /item/{id}/view: the view beacon of an item page that nginx served as a copy to a
// visitor without a session (market.js sends it once per page load); answers the views with
// this one, which the page shows. Visitors with a session are counted by market/item itself.
// No CSRF: the beacon carries no session, so there is nothing for a forged request to use.
#include "core/error.h"
#include "market/view_count.h"
#include "web/path_id.h"
#include "web/serve.h"

int main() {
  web::Options options;
  options.csrf = false;
  return web::serve(
      [](web::Request& req, web::Response& res) {
        auto [id, rest] = web::id_in_path(req.path(), "/item/");
        if (rest != "/view") throw core::NotFound();
        if (!req.is_post()) throw core::MethodNotAllowed();
        auto views = market::count_beacon_view(req.db(), req.redis(), id);
        if (!views) throw core::NotFound("采购品种不存在");
        res.header("Cache-Control", "no-store");
        res.json({{"ok", true}, {"views", *views}});
      },
      options);
}
