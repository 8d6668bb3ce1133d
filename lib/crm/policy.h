// The CRM's day limits (spec §3), from the [crm] section of the configuration, and the pool
// rule they define. Everything takes "today" so tests can move time.
#pragma once
#include <string>

namespace crm {

struct Policy {
  int private_days = 15;  // a customer taken more than this many days ago goes public
  int follow_days = 3;    // ... or one not followed up for more than this many days
  int cooldown_days = 1;  // the previous consultant waits this long before grabbing it back
  int private_cap = 150;  // private customers a consultant may hold
  static Policy from_config();
};

// The dates the pool rule compares with: a not-enrolled customer is public when
// taken_date < taken_before or last_follow_date < follow_before (or it has no consultant).
struct Cutoffs {
  std::string taken_before, follow_before;
};
Cutoffs cutoffs(const Policy& p, const std::string& today);

// The pool rule for one customer (dates "YYYY-MM-DD"; an empty consultant means unassigned).
bool is_public(const Policy& p, const std::string& today, bool enrolled, bool has_consultant,
               const std::string& taken_date, const std::string& last_follow_date);

// The first day such a customer is public, and which rule releases it first.
struct Release {
  std::string date;
  int status;  // distribution status: 3 三天未跟进 or 4 十五天未成单
};
Release release_of(const Policy& p, const std::string& taken_date,
                   const std::string& last_follow_date);

}  // namespace crm
