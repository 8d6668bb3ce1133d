// An HTML page: a ctemplate body expanded inside the shared layout (templates/layout/page.tpl).
#pragma once
#include <ctemplate/template.h>

#include <optional>
#include <string>

#include "core/page_copy.h"

namespace web {

class Request;
class Response;

// What the layout shows that only the application knows (site settings, menus by role, the
// unread badge, the avatar). lib/web knows no business domain: one app-level module
// (lib/app/layout.cc) installs this at start-up. `logged_in` is the LOGGED_IN section when
// someone is logged in, else null. Called only for pages that may look the user up.
using LayoutHook = void (*)(Request& req, ctemplate::TemplateDictionary& layout,
                            ctemplate::TemplateDictionary* logged_in);
void install_layout_hook(LayoutHook hook);

class Page {
 public:
  // `tpl` is relative to the templates directory, e.g. "booking/grid.tpl".
  Page(Request* req, const std::string& tpl, const std::string& title);
  // The body template's dictionary; values not found here are looked up in the layout's.
  ctemplate::TemplateDictionary& dict() { return *body_; }
  ctemplate::TemplateDictionary& layout() { return root_; }
  // Adds <script src> at the end of the page (CSP allows only our own files).
  void script(const std::string& src);
  // Adds <link rel="stylesheet"> after the site's own (a library's CSS for one page).
  void stylesheet(const std::string& href);
  // Forms: every page whose visitor has a session gets its CSRF token as {{CSRF}} in the body
  // dictionary (sections inherit it), for <input type="hidden" name="csrf_token">. A page that
  // shows a form to visitors who may have no session yet (login, register) calls this first.
  void has_form();
  // Public pages (route option `public`) show every visitor the same body, so for visitors
  // with a session too the rendered body is kept next to the page's copy (".body": same
  // slot, same discarding, core/page_copy.h) and rendered once per change. Call before
  // reading the page's data; true when the kept body will be shown, and then the caller
  // skips filling the body. The body of such a page shows nothing of its visitor (no CSRF).
  bool shared_body();
  // Pages that show their member's own data (my orders, my quotes, an item page with the
  // member's quotes, a day of bookings) and change only with what discards the page copies,
  // with `version`, or with time: the body rendered for this member is kept next to the
  // copies (".u<id>.body": same slot, same discarding) with the version it was rendered at,
  // and reused until then. `version` names the state of data that changes without discarding
  // copies (a domain's own counters, the member's roles); read it before the page's data.
  // Call before reading the page's data; true when the kept body and its title will be
  // shown, and then the caller skips reading and filling. The kept body's forms carry the
  // current session's CSRF token.
  bool own_body(const std::string& version = "");
  // The title, when the page's data names it (after own_body() said the body is not kept).
  void title(const std::string& title);
  std::string render();
  // Whether the layout may ask the database/Redis who is logged in (not on a 5xx page).
  bool lookup_user = true;

 private:
  Request* req_;
  ctemplate::TemplateDictionary root_;
  ctemplate::TemplateDictionary* body_;
  std::string tpl_;
  std::string title_;
  std::optional<core::PageCopy> shared_;  // where the shared (or own) body is kept
  bool own_ = false;                      // shared_ keeps this member's own body
  std::string version_;                   // of the own body's data
  bool shared_kept_ = false;              // the body is the kept one (BODY_HTML)
};

// Renders `page` into `res` with `status`.
void render(Response& res, Page& page, int status = 200);

// Loads every template below `dir` into ctemplate's cache and freezes it; throws naming the
// first template that fails to parse.
void load_templates(const std::string& dir);

}  // namespace web
