// 抢单: a consultant takes a customer from the public pool. One guarded UPDATE decides, so of
// many concurrent grabs exactly one wins; the cap and the cooldown are part of its WHERE.
#pragma once
#include <string>

#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

// Gives customer `customer_id` to `consultant_id` from `today` on and writes the history row.
// core::NotFound for no such customer; core::Conflict (with a message for the loser) when it
// is no longer public, the consultant is at the cap or still in cooldown.
void grab(db::Connection& db, const Policy& p, long long customer_id, long long consultant_id,
          const std::string& today);

}  // namespace crm
