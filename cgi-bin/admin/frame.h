// Shared by the /admin/ pages: the admin check and the admin menu around each page body.
#pragma once
#include <string>

#include "core/error.h"
#include "web/serve.h"

namespace admin_ui {

// Admins only: anonymous visitors go to the login page, anyone else gets 403.
inline const auth::User& require_admin(web::Request& req) { return req.require_role({"admin"}); }

// The admin menu with `active` highlighted, the CSRF token and a message from ?done=.
inline void frame(web::Request& req, web::Page& page, const std::string& active) {
  auto* nav = page.dict().AddIncludeDictionary("ADMIN_NAV");
  nav->SetFilename("admin/nav.tpl");
  for (const char* item : {"users", "partners", "banners", "settings", "notices", "varieties",
                           "push", "stats", "leads", "log"})
    if (active == item) nav->ShowSection(std::string("ACTIVE_") + item);
  page.dict().SetValue("CSRF", req.csrf_token());
  if (req.param("done") == "1") page.dict().ShowSection("DONE");
}

// A form error shown above the form (the page is rendered again with status 400).
inline void show_error(web::Page& page, const web::Error& e) {
  page.dict().SetValueAndShowSection("ERROR", e.what(), "HAS_ERROR");
  if (!e.field.empty()) page.dict().SetValue("ERROR_FIELD", e.field);
}

inline long long to_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
    throw web::NotFound();
  return std::stoll(s);
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
