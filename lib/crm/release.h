// Releasing overdue customers to the public pool (the nightly job, and a grab of a customer
// the job has not reached yet): the consultant's history row gets status 3 or 4 and the
// consultant a cooldown before grabbing it back.
#pragma once
#include <string>

#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

// Ends `consultant_id`'s open tenure of a customer taken on `taken_date` and last followed on
// `last_follow_date`: history status 3/4 and the cooldown. Call inside a transaction.
void end_tenure(db::Connection& db, const Policy& p, long long customer_id, long long consultant_id,
                const std::string& taken_date, const std::string& last_follow_date);

// Releases every not-enrolled customer that is public by the rule but still held; returns
// how many. Idempotent: a second run the same day finds nothing to do.
int release_overdue(db::Connection& db, const Policy& p, const std::string& today);

}  // namespace crm
