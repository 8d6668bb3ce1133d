// What /admin/partners and /admin/banners share: the page listing showcase entries
// (site::Partner, site::Banner) and the one form that changes them: save (add or edit),
// hide/show and delete, each logged in the same transaction, then the site snapshot (and the
// public page copies) refreshed.
#pragma once
#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "db/transact.h"
#include "site/site.h"
#include "web/form_error.h"
#include "web/page.h"

namespace admin_ui {

template <class Entry>
struct Showcase {
  const char* page;     // "partners": /admin/partners, admin/partners.tpl, its menu entry
  const char* title;    // the page title
  const char* section;  // the template's section for one entry: "PARTNER"
  const char* name;     // the form field naming an entry ("name"), upper-cased in the template
  std::vector<Entry> (*list)(db::Connection&, bool with_hidden);
  // The entry's picture in its template section.
  std::function<void(const Entry&, ctemplate::TemplateDictionary*)> picture;
  const char* object;   // the admin log's object type: "partner", "banner"
  const char* missing;  // NotFound message for an unknown id
  std::optional<Entry> (*find)(db::Connection&, long long);
  long long (*save)(db::Connection&, const Entry&);
  bool (*remove)(db::Connection&, long long);
  // What the log and the page name the entry by (its `name` field).
  std::function<std::string(const Entry&)> label;
  // The entry from the submitted form (fields and the picture upload).
  std::function<void(web::Request&, Entry&)> fill;
};

// Applies the POSTed action; core::BadRequest for a bad field or an unknown action.
template <class Entry>
void change_showcase(web::Request& req, const auth::User& me, const Showcase<Entry>& kind) {
  auto& db = req.db();
  std::string action = req.arg("action");
  long long id = req.arg("id").empty() ? 0 : to_id(req.arg("id"));
  std::optional<Entry> old;
  if (id) {
    old = kind.find(db, id);
    if (!old) throw core::NotFound(kind.missing);
  }
  // The entry (and its stored picture) is made once, before the transaction, which the server
  // may make us run again.
  std::optional<Entry> saved;
  if (action == "save") {
    saved = old.value_or(Entry{});
    saved->link = req.arg("link");
    saved->sort = to_int(req.arg("sort"), 0);
    kind.fill(req, *saved);
  } else if (id && (action == "hide" || action == "show")) {
    saved = *old;
    saved->hidden = action == "hide";
  } else if (!id || action != "delete") {
    throw core::BadRequest("未知操作", "action");
  }
  db::transact(db, [&](db::Transaction& tx) {
    if (action == "delete") {
      kind.remove(db, id);
      admin::log(db, me.id, "delete", kind.object, id, kind.label(*old));
    } else if (action == "save") {
      long long at = kind.save(db, *saved);
      admin::log(db, me.id, old ? "update" : "create", kind.object, at, kind.label(*saved));
    } else {
      kind.save(db, *saved);
      admin::log(db, me.id, action, kind.object, id, kind.label(*saved));
    }
    tx.commit();
  });
  site::changed(req.redis());
}

template <class Entry>
void show_showcase(web::Request& req, web::Response& res, const Showcase<Entry>& kind,
                   const core::Error* error) {
  std::string key = kind.name;
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  web::Page page(&req, std::string("admin/") + kind.page + ".tpl", kind.title);
  menu(req, page, kind.page);
  if (error) {
    web::show_error(page.dict(), *error);
    page.dict().SetValue("NEW_" + key, req.arg(kind.name));
    page.dict().SetValue("NEW_LINK", req.arg("link"));
  }
  for (const auto& p : kind.list(req.db(), true)) {
    auto* d = page.dict().AddSectionDictionary(kind.section);
    d->SetIntValue("ID", p.id);
    d->SetValue(key, kind.label(p));
    d->SetValue("LINK", p.link);
    d->SetIntValue("SORT", p.sort);
    kind.picture(p, d);
    d->ShowSection(p.hidden ? "HIDDEN" : "SHOWN");
  }
  web::render(res, page, error ? error->status : 200);
}

// The whole route program: the list, and the change then back to it.
template <class Entry>
int serve_showcase(const Showcase<Entry>& kind) {
  return web::serve([&](web::Request& req, web::Response& res) {
    const auto& me = require_admin(req);
    if (!req.is_post()) return show_showcase(req, res, kind, nullptr);
    try {
      change_showcase(req, me, kind);
    } catch (const core::BadRequest& e) {
      return show_showcase(req, res, kind, &e);
    }
    res.redirect(std::string("/admin/") + kind.page + "?done=1");
  });
}

}  // namespace admin_ui
