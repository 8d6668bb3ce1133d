// /admin and every /admin/ URL no other program serves: admins land on the user list, an
// unknown page is 404 for admins and 403 (or the login page) for everyone else.
#include "cgi-bin/admin/page.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    admin_ui::require_admin(req);
    if (req.path() == "/admin" || req.path() == "/admin/") return res.redirect("/admin/users");
    throw core::NotFound();
  });
}
