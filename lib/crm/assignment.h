// Automatic assignment by weight (spec §3). Each consultant has a share count and a weight;
// the sequence is built in layers: layer k lists every enabled consultant whose share count
// is at least k, higher weight first (then fewer shares, then lower id). For a(3), b(2), c(1)
// with weights a<b<c: c,b,a | b,a | a. The position in it lives in crm_assign_cursor, so
// every process and every restart continues the same sequence.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "crm/customer.h"
#include "crm/policy.h"
#include "db/connection.h"

namespace crm {

struct Share {
  long long consultant_id = 0;
  std::string name;
  int shares = 0, weight = 0;
  bool enabled = true;
};

// The layered sequence of consultant ids for `shares` (disabled or zero-share ones left out).
std::vector<long long> sequence(const std::vector<Share>& shares);

// Every sales consultant with their share settings (0 shares until a manager sets them).
std::vector<Share> load_shares(db::Connection& db);

// Saves one consultant's share count, weight and switch; BadRequest on bad numbers.
void save_share(db::Connection& db, long long consultant_id, int shares, int weight, bool enabled);

struct Assignment {
  long long customer_id = 0;
  long long consultant_id = 0;  // 0: nobody could take it, it went to the pool
  std::string reason;
};

// Inserts `c` (validated) and gives it to the next consultant in the sequence who is enabled
// and under the cap, in one transaction: if the insert fails (a duplicate contact) nothing
// is written and the turn stays where it was. Logs the reason.
Assignment assign_new(db::Connection& db, const Policy& p, const Customer& c,
                      const std::string& today, long long created_by);

// The same inside the caller's transaction (an import writes many rows in one): on an
// exception the caller rolls back, and with it the cursor.
Assignment assign(db::Connection& db, const Policy& p, const Customer& c, const std::string& today,
                  long long created_by);

struct Turn {
  long long consultant_id = 0;
  std::string name;
  bool at_cap = false;
};
// The next `n` turns from the current position (what the weights page previews).
std::vector<Turn> preview(db::Connection& db, const Policy& p, const std::string& today, int n);

// Who the next `n` new customers would go to if entered now: the cap skipping of
// assign_new, with each planned customer counted against its consultant (consultant_id 0:
// the pool). Writes nothing (the import's dry run).
std::vector<Turn> plan(db::Connection& db, const Policy& p, const std::string& today, int n);

}  // namespace crm
