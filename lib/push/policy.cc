#include "push/policy.h"

#include "core/config.h"

namespace push {

Policy Policy::from_config() {
  const auto& c = core::Config::get();
  Policy p;
  auto num = [&](const char* key, int& v) { v = static_cast<int>(c.num("push", key, v)); };
  num("round_cap", p.round_cap);
  num("max_rounds", p.max_rounds);
  num("lead_ignore_limit", p.lead_ignore_limit);
  num("quiet_start", p.quiet_start);
  num("quiet_end", p.quiet_end);
  num("daily_sms", p.daily_sms);
  num("batch", p.batch);
  num("outbox_chunk", p.outbox_chunk);
  num("max_tries", p.max_tries);
  num("backoff_seconds", p.backoff_seconds);
  num("lease_seconds", p.lease_seconds);
  p.sms_template = c.str("push", "sms_template", p.sms_template);
  p.wechat_template = c.str("push", "wechat_template", p.wechat_template);
  if (p.max_rounds > 5) p.max_rounds = 5;
  if (p.batch < 1) p.batch = 1;
  if (p.outbox_chunk < 1) p.outbox_chunk = 1;
  return p;
}

}  // namespace push
