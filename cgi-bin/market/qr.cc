// GET /purchase/{id}/qr.png: the order's share link as a QR code. A program of its own: the
// PNG comes from ImageMagick, which the order page does not need.
#include "market/qr.h"

#include "cgi-bin/market/rows.h"
#include "market/purchase.h"
#include "market/view.h"
#include "web/path_id.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    long long id = web::id_in_path(req.path(), "/purchase/").id;
    if (req.path() != "/purchase/" + std::to_string(id) + "/qr.png") throw core::NotFound();
    if (!market::load_purchase(req.db(), id, market::now())) throw core::NotFound("采购单不存在");
    res.header("Cache-Control", "public, max-age=86400");
    res.send(market::qr_png(market::share_link(id)), "image/png");
  });
}
