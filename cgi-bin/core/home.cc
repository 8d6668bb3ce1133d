// GET /: the home page (the marketplace fills it in).
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    web::Page page(&req, "core/home.tpl", "首页");
    web::render(res, page);
  });
}
