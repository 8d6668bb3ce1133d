// The audit log of the family-watch service: one line per staff action in /admin/watch and per
// app action that changes a watch or a circle (commands, alarms, stories sent, binding,
// removing a member). Written next to the change; read newest first on the admin's audit page.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace watch {

struct AuditEntry {
  long long id = 0, user_id = 0, circle_id = 0;  // circle 0: none
  std::string user_name, via, action, imei, detail, created_at;
};

// `via` is "app" or "admin"; `imei` "" and `circle_id` 0 mean none; `detail` is cut to 500
// characters.
void audit(db::Connection& db, long long user, const std::string& via, const std::string& action,
           const std::string& imei, long long circle_id, const std::string& detail = "");

struct AuditQuery {
  std::string imei;  // "" all
  std::string via;   // "" both
  long long before = 0;
  int limit = 50;
};
std::vector<AuditEntry> audit_log(db::Connection& db, const AuditQuery& q);

}  // namespace watch
