// `yaocai job NAME [--today YYYY-MM-DD]`: the nightly jobs (conf/systemd/yaocai-job@.service.in,
// conf/cron.d/yaocai). Each job is idempotent, so a rerun after a failure is safe.
#include <iostream>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "crm/digest.h"
#include "crm/policy.h"
#include "crm/release.h"
#include "db/connection.h"
#include "redis/client.h"

namespace cli {

int job(const Args& args) {
  if (args.empty()) {
    std::cerr << "usage: yaocai job crm-release|crm-digest [--today YYYY-MM-DD]\n";
    return 2;
  }
  std::string today = option(args, "today", core::today());
  if (!core::valid_date(today)) {
    std::cerr << "yaocai job: --today must be YYYY-MM-DD\n";
    return 2;
  }
  if (args[0] == "crm-release") {
    int n = crm::release_overdue(db::local(), crm::Policy::from_config(), today);
    std::cout << "crm-release " << today << ": " << n << " customer(s) released to the pool\n";
    return 0;
  }
  if (args[0] == "crm-digest") {
    int n = crm::send_digest(db::local(), redis::local(), crm::Policy::from_config(), today);
    std::cout << "crm-digest " << today << ": " << n << " message(s) sent\n";
    return 0;
  }
  std::cerr << "yaocai job: unknown job '" << args[0] << "' (jobs: crm-release, crm-digest)\n";
  return 2;
}

}  // namespace cli
