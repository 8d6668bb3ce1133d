// GET /terms: 服务条款, which registration asks members to accept.
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    web::Page page(&req, "accounts/terms.tpl", "服务条款");
    web::render(res, page);
  });
}
