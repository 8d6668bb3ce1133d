// One line of the family-watch audit log as the back office shows it: on a watch's page (its
// last few) and on /admin/watch/audit (all of them, with the watch and circle besides).
#pragma once
#include <ctemplate/template.h>

#include "cgi-bin/admin/watch_labels.h"
#include "watch/audit.h"
#include "watch/clock.h"

namespace admin_ui {

inline void fill_audit_entry(ctemplate::TemplateDictionary* o, const watch::AuditEntry& e) {
  o->SetValue("AT", watch::local_of_sql(e.created_at));
  o->SetValue("WHO", e.user_name);
  o->SetValue("VIA", e.via == "admin" ? "后台" : "App");
  o->SetValue("ACTION", audit_action_label(e.action));
  o->SetValue("DETAIL", e.detail);
}

}  // namespace admin_ui
