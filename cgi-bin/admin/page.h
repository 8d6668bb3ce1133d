// Shared by the /admin/ pages: the admin check and the admin menu around each page body.
#pragma once
#include <string>

#include "core/error.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace admin_ui {

// Admins only: anonymous visitors go to the login page, anyone else gets 403.
inline const auth::User& require_admin(web::Request& req) { return req.require_role({"admin"}); }

// The admin menu with `active` highlighted, and the message from ?done=.
inline void menu(web::Request& req, web::Page& page, const std::string& active) {
  auto* nav = page.dict().AddIncludeDictionary("ADMIN_NAV");
  nav->SetFilename("admin/nav.tpl");
  for (const char* item : {"users", "purchases", "partners", "banners", "settings", "notices",
                           "varieties", "push", "stats", "leads", "log"})
    if (active == item) nav->ShowSection(std::string("ACTIVE_") + item);
  if (req.param("done") == "1") page.dict().ShowSection("DONE");
}

inline long long to_id(const std::string& s) {
  if (auto id = web::parse_id(s)) return *id;
  throw core::NotFound();
}

inline int to_int(const std::string& s, int fallback) {
  try {
    size_t n = 0;
    long v = std::stol(s, &n);
    if (n != s.size() || v < -1000000 || v > 1000000) return fallback;
    return int(v);
  } catch (const std::exception&) {
    return fallback;
  }
}

}  // namespace admin_ui
