// The SMS provider's webhook (POST /hooks/sms, spec §2): delivery reports and inbound replies,
// signed with HMAC-SHA256 over the timestamp header followed by the body under [sms]
// hook_secret, accepted within 5 minutes of their timestamp, each report id once.
//   headers  X-Yaocai-Timestamp: <unix seconds>   X-Yaocai-Signature: <lowercase hex>
//   body     {"reports":[{"id":"r1","type":"delivery","provider_id":"sms-3",
//                         "status":"delivered|failed|dead"},
//                        {"id":"r2","type":"inbound","phone":"13800000000","text":"TD"}]}
#pragma once
#include <ctime>
#include <string>

#include "db/connection.h"

namespace push {

inline constexpr long kHookWindowSeconds = 300;

// Throws web::Forbidden for a bad signature or a timestamp outside the window.
void verify_hook(const std::string& secret, const std::string& timestamp, const std::string& body,
                 const std::string& signature, std::time_t now);

struct HookResult {
  int delivered = 0, failed = 0, dead = 0, opted_out = 0, repeated = 0, ignored = 0;
};
// Applies a verified body. web::Conflict when the same signed request came before (a replay);
// web::BadRequest when the body is not a report list. Report ids seen before are skipped.
HookResult apply_hook(db::Connection& db, const std::string& body, const std::string& signature,
                      std::time_t now);

}  // namespace push
