// Every URL no route claims and no file in htdocs/ matches: the 404 page in the layout.
// No CSRF check: an unknown URL is a 404 whatever the method.
#include "core/error.h"
#include "web/serve.h"

int main() {
  return web::serve(
      [](web::Request&, web::Response&) {
        throw core::NotFound("没有找到这个网址对应的页面：可能网址输错了，或页面已被删除。");
      },
      {.csrf = false});
}
