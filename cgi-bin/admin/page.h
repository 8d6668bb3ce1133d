// Shared by the /admin/ pages: the role checks and the admin menu around each page body.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace admin_ui {

// Admins only: anonymous visitors go to the login page, anyone else gets 403.
inline const auth::User& require_admin(web::Request& req) { return req.require_role({"admin"}); }
// The family-watch service's watches, circles and audit: admin or support.
inline const auth::User& require_watch_support(web::Request& req) {
  return req.require_role({"support"});
}
// The watches' story catalogue: admin or content.
inline const auth::User& require_watch_content(web::Request& req) {
  return req.require_role({"content"});
}

struct MenuItem {
  const char* key;
  const char* href;
  const char* label;
  const char* role;  // who else opens the page besides admin (who opens all); nullptr: nobody
};

// The back office's pages in menu order; an entry shows only to the roles its page admits, so
// no entry leads to a 403.
inline const std::vector<MenuItem>& menu_items() {
  static const std::vector<MenuItem> items{
      {"users", "/admin/users", "用户", nullptr},
      {"purchases", "/admin/purchases", "采购单", nullptr},
      {"partners", "/admin/partners", "入驻企业", nullptr},
      {"banners", "/admin/banners", "横幅", nullptr},
      {"settings", "/admin/settings", "网站设置", nullptr},
      {"notices", "/admin/notices", "系统通知", nullptr},
      {"varieties", "/admin/varieties", "品种导入", nullptr},
      {"push", "/admin/push", "推送", nullptr},
      {"stats", "/admin/stats", "统计", nullptr},
      {"leads", "/admin/leads", "线索", nullptr},
      {"log", "/admin/log", "操作日志", nullptr},
      {"watch", "/admin/watch", "手表概览", "support"},
      {"watch_watches", "/admin/watch/watches", "手表", "support"},
      {"watch_circles", "/admin/watch/circles", "家庭圈", "support"},
      {"watch_stories", "/admin/watch/stories", "故事", "content"},
      {"watch_audit", "/admin/watch/audit", "手表审计", "support"},
  };
  return items;
}

inline bool sees(const auth::User& u, const MenuItem& item) {
  return u.is_admin() || (item.role && u.has_role(item.role));
}

// Where /admin takes `u`: the first page of the menu it may open ("" for none).
inline std::string first_page(const auth::User& u) {
  for (const auto& item : menu_items())
    if (sees(u, item)) return item.href;
  return "";
}

// The admin menu with `active` highlighted, and the message from ?done=.
inline void menu(web::Request& req, web::Page& page, const std::string& active) {
  auto* nav = page.dict().AddIncludeDictionary("ADMIN_NAV");
  nav->SetFilename("admin/nav.tpl");
  const auth::User* u = req.user();
  for (const auto& item : menu_items()) {
    if (!u || !sees(*u, item)) continue;
    auto* d = nav->AddSectionDictionary("ITEM");
    d->SetValue("HREF", item.href);
    d->SetValue("LABEL", item.label);
    if (active == item.key) d->ShowSection("ACTIVE");
  }
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
