// `yaocai job NAME [--today YYYY-MM-DD]`: the nightly jobs (conf/systemd/yaocai-job@.service.in,
// conf/cron.d/yaocai). Each job is idempotent, so a rerun after a failure is safe.
#include <iostream>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "crm/digest.h"
#include "crm/policy.h"
#include "crm/release.h"
#include "db/connection.h"
#include "market/clock.h"
#include "push/leads.h"
#include "push/pull.h"
#include "push/review.h"
#include "redis/client.h"

namespace cli {

int job(const Args& args) {
  if (args.empty()) {
    std::cerr << "usage: yaocai job crm-release|crm-digest|push-review|quote-reminders|lead-clicks|"
                 "buy-leads-pull|buy-leads-to-orders [--today YYYY-MM-DD]\n";
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
  // Push engine jobs run at "now" (or --today at 10:00, to replay a day).
  std::time_t now =
      option(args, "today").empty() ? core::now() : market::parse_datetime(today + " 10:00:00");
  if (args[0] == "push-review") {
    int n = push::review_rounds(db::local(), push::Policy::from_config(),
                                push::Review::from_config(), now);
    std::cout << "push-review " << today << ": " << n << " round(s) pushed again\n";
    return 0;
  }
  if (args[0] == "quote-reminders") {
    int n = push::quote_reminders(db::local(), push::Policy::from_config(),
                                  push::Review::from_config(), now);
    std::cout << "quote-reminders " << today << ": " << n << " reminder(s) queued\n";
    return 0;
  }
  if (args[0] == "buy-leads-to-orders") {
    auto c = push::convert_buy_leads(db::local(), market::datetime_of(now));
    std::cout << "buy-leads-to-orders " << today << ": " << c.converted << " order(s), " << c.staged
              << " left staged\n";
    return 0;
  }
  if (args[0] == "buy-leads-pull") {
    const auto& conf = core::Config::get();
    std::string url = conf.str("push", "buy_leads_url");
    if (url.empty()) {
      std::cout << "buy-leads-pull: [push] buy_leads_url is not set; nothing to do\n";
      return 0;
    }
    auto r =
        push::pull_buy_leads(db::local(), url, conf.str("push", "buy_leads_source", "api"), today);
    std::cout << "buy-leads-pull " << today << ": " << r.pages << " page(s), " << r.report.inserted
              << " new, " << r.report.duplicates << " duplicate(s), " << r.report.skipped
              << " seen before, " << r.report.errors.size() << " bad\n";
    return 0;
  }
  if (args[0] == "lead-clicks") {
    int n = push::lead_clicks(db::local(), now);
    std::cout << "lead-clicks " << today << ": " << n << " lead(s) updated\n";
    return 0;
  }
  std::cerr << "yaocai job: unknown job '" << args[0]
            << "' (jobs: crm-release, crm-digest, push-review, quote-reminders, lead-clicks, "
               "buy-leads-pull, buy-leads-to-orders)\n";
  return 2;
}

}  // namespace cli
