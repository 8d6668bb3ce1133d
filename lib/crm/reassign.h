// A manager hands a not-enrolled customer to another consultant (转给): the previous holder's
// history row ends as 5 已转出, the new one starts as a 'reassign' row, and the assignment log
// says who moved it from whom to whom.
#pragma once
#include <string>
#include <vector>

#include "auth/user.h"
#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

// Forbidden unless `by` manages; NotFound for no such customer; BadRequest when `to` is not
// an enabled consultant (role sales); Conflict when the customer has enrolled or `to` holds
// it already. The new holder starts a fresh tenure today.
void reassign(db::Connection& db, const Policy& p, long long customer_id, long long to,
              const auth::User& by, const std::string& today);

struct Consultant {
  long long id = 0;
  std::string name;
};
// Enabled accounts with the sales role (课程顾问), by name: whom a customer may go to.
std::vector<Consultant> consultants(db::Connection& db);

}  // namespace crm
