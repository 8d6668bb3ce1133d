// POST /logout: destroys the server session (CSRF-checked like every POST), back home.
#include "core/error.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    if (!req.is_post()) throw core::MethodNotAllowed();
    req.logout();
    res.redirect("/");
  });
}
