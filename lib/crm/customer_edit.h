// Editing a customer's details (资料修改) and the log of every edit: the same checks as the
// entry form, the contact unique keys deciding, and one 修改记录 line naming each change.
#pragma once
#include <string>
#include <vector>

#include "auth/user.h"
#include "crm/customer.h"
#include "db/connection.h"

namespace crm {

// Saves `c`'s details (not its consultant, status or dates) by `by`: its holder while it is
// private, or a manager. BadRequest as validate(); core::Conflict for a QQ, phone or WeChat
// another customer has; core::Forbidden / NotFound. Returns how many fields changed (0: none,
// and nothing is logged).
int update_customer(db::Connection& db, const Policy& p, Customer c, const auth::User& by,
                    const std::string& today);

struct CustomerChange {
  std::string at, by, changes;  // changes: "手机：138… → 139…；标签：→ 在职"
};
// Newest first.
std::vector<CustomerChange> customer_changes(db::Connection& db, long long customer_id);

}  // namespace crm
