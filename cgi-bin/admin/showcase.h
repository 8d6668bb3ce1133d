// What /admin/partners and /admin/banners share: a list of showcase entries (site::Partner,
// site::Banner) changed by one form: save (add or edit), hide/show and delete, each logged in
// the same transaction, then the site snapshot (and the public page copies) refreshed.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "site/site.h"

namespace admin_ui {

template <class Entry>
struct Showcase {
  const char* object;   // the admin log's object type: "partner", "banner"
  const char* missing;  // NotFound message for an unknown id
  std::optional<Entry> (*find)(db::Connection&, long long);
  long long (*save)(db::Connection&, const Entry&);
  bool (*remove)(db::Connection&, long long);
  // What the log names the entry by.
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
  db::Transaction tx(db);
  if (action == "save") {
    Entry e = old.value_or(Entry{});
    e.link = req.arg("link");
    e.sort = to_int(req.arg("sort"), 0);
    kind.fill(req, e);
    id = kind.save(db, e);
    admin::log(db, me.id, old ? "update" : "create", kind.object, id, kind.label(e));
  } else if (id && (action == "hide" || action == "show")) {
    old->hidden = action == "hide";
    kind.save(db, *old);
    admin::log(db, me.id, action, kind.object, id, kind.label(*old));
  } else if (id && action == "delete") {
    kind.remove(db, id);
    admin::log(db, me.id, "delete", kind.object, id, kind.label(*old));
  } else {
    throw core::BadRequest("未知操作", "action");
  }
  tx.commit();
  site::changed(req.redis());
}

}  // namespace admin_ui
