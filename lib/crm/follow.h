// Working a private customer: follow-up records (跟进记录) and enrolment (报名成单).
#pragma once
#include <string>
#include <vector>

#include "auth/user.h"
#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

struct FollowUp {
  long long id = 0;
  std::string follow_date, note, consultant_name, created_at;
};

// Records a follow-up by `by` (the holder, or a manager) and refreshes last_follow_date to
// `today`; `next` ("YYYY-MM-DD", today or later, or "") plans the next one (今日待跟进).
// core::Forbidden when the customer is not (or no longer) theirs.
void follow_up(db::Connection& db, const Policy& p, long long customer_id, const auth::User& by,
               const std::string& note, const std::string& today, const std::string& next = "");

std::vector<FollowUp> follow_ups(db::Connection& db, long long customer_id);

// Marks a private customer 已报名: it never goes public again and the holder's history row
// becomes 2 已成单. With `class_id` the new student joins that class in the same
// transaction (core::NotFound for no such class). core::Forbidden / core::Conflict as for
// follow_up.
void enroll(db::Connection& db, const Policy& p, long long customer_id, const auth::User& by,
            const std::string& today, long long class_id = 0);

}  // namespace crm
