// GET /purchase/{id}/qr.png: the order's share link as a QR code. A program of its own: the
// PNG comes from ImageMagick, which the order page does not need.
#include "market/qr.h"

#include "cgi-bin/market/fill.h"
#include "market/purchase.h"
#include "market/view.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    long long id = market_page::id_after(req.path(), "/purchase/");
    if (req.path() != "/purchase/" + std::to_string(id) + "/qr.png") throw web::NotFound();
    if (!market::load_purchase(req.db(), id, market_page::now()))
      throw web::NotFound("采购单不存在");
    res.header("Cache-Control", "public, max-age=86400");
    res.send(market::qr_png(market::share_link(id)), "image/png");
  });
}
