// WeChat reminders to consultants (spec §3): a template message on each new assignment.
// Best effort: a consultant without a bound WeChat, no template configured ([wechat]
// assign_template) or WeChat being down never undoes or delays an assignment beyond the
// API timeout; failures are logged.
#pragma once
#include <string>
#include <vector>

#include "crm/import.h"
#include "db/connection.h"
#include "redis/client.h"

namespace crm {

// Tells `consultant_id` that `what` (a customer's name, or "N位导入的客户") is now theirs;
// `customer_id` (0 for a batch) makes the message open that customer. True if sent.
bool notify_assigned(db::Connection& db, redis::Client& r, long long consultant_id,
                     const std::string& what, long long customer_id, const std::string& reason,
                     const std::string& today);

// After an import: one message per consultant for the batch, not one per row.
void notify_imported(db::Connection& db, redis::Client& r, const std::vector<ImportedRow>& rows,
                     const std::string& today);

}  // namespace crm
