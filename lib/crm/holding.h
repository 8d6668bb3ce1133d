// Who holds a customer, read under the customer's row lock: what grab and reassign decide on
// before they change it, inside the caller's transaction.
#pragma once
#include <string>

#include "db/connection.h"

namespace crm {

struct Holding {
  bool enrolled = false;
  long long consultant_id = 0;  // 0: nobody (a public customer never taken)
  std::string taken_date, last_follow_date;
};

// Locks the customer's row (SELECT ... FOR UPDATE) until the transaction ends; core::NotFound
// for an unknown customer.
Holding lock_holding(db::Connection& db, long long customer_id);

}  // namespace crm
