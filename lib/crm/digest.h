// The evening digest (spec §3 WeChat reminders): each consultant with a bound WeChat gets one
// template message listing their customers that go back to the public pool tomorrow unless
// followed up today. Run by `yaocai job crm-digest`.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "crm/policy.h"
#include "db/connection.h"
#include "redis/client.h"

namespace crm {

struct DueCustomer {
  long long id = 0;
  std::string name;
  int status = 0;  // why it goes: 3 三天未跟进 or 4 十五天未成单
};

// Not-enrolled customers still private today and public tomorrow, by consultant.
std::map<long long, std::vector<DueCustomer>> due_tomorrow(db::Connection& db, const Policy& p,
                                                           const std::string& today);

// Sends each bound, enabled consultant with customers due tomorrow one message ([wechat]
// digest_template; nothing when empty). Once per consultant and day: a rerun sends only what
// failed before. Returns how many messages were sent.
int send_digest(db::Connection& db, redis::Client& r, const Policy& p, const std::string& today);

}  // namespace crm
