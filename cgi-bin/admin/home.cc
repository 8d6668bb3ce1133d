// /admin and every /admin/ URL no other program serves: staff land on the first page of the
// menu their roles open (admins on the user list); an unknown page is 404 for them and 403 (or
// the login page) for everyone else.
#include "cgi-bin/admin/page.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_login();
    std::string first = admin_ui::first_page(u);
    if (first.empty()) throw core::Forbidden();
    if (req.path() == "/admin" || req.path() == "/admin/") return res.redirect(first);
    throw core::NotFound();
  });
}
