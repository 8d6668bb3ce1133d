#include "crm/policy.h"

#include "core/clock.h"
#include "core/config.h"

namespace crm {

Policy Policy::from_config() {
  const auto& c = core::Config::get();
  Policy p;
  p.private_days = static_cast<int>(c.num("crm", "private_days", p.private_days));
  p.follow_days = static_cast<int>(c.num("crm", "follow_days", p.follow_days));
  p.cooldown_days = static_cast<int>(c.num("crm", "cooldown_days", p.cooldown_days));
  p.private_cap = static_cast<int>(c.num("crm", "private_cap", p.private_cap));
  return p;
}

Cutoffs cutoffs(const Policy& p, const std::string& today) {
  return {core::add_days(today, -p.private_days), core::add_days(today, -p.follow_days)};
}

bool is_public(const Policy& p, const std::string& today, bool enrolled, bool has_consultant,
               const std::string& taken_date, const std::string& last_follow_date) {
  if (enrolled) return false;
  if (!has_consultant) return true;
  auto c = cutoffs(p, today);
  // "YYYY-MM-DD" strings compare like the dates they name.
  return taken_date < c.taken_before || last_follow_date < c.follow_before;
}

Release release_of(const Policy& p, const std::string& taken_date,
                   const std::string& last_follow_date) {
  auto by_deal = core::add_days(taken_date, p.private_days + 1);
  auto by_follow = core::add_days(last_follow_date, p.follow_days + 1);
  if (by_follow < by_deal) return {by_follow, 3};
  return {by_deal, 4};
}

}  // namespace crm
