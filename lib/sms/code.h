// SMS verification codes (spec §0): 6 digits bound to phone and purpose, kept in Redis (never
// in the session) for 10 minutes, single use, at most 5 wrong tries; sends limited to one per
// phone per 60 s, 10 per phone per day, and a number per IP per hour.
#pragma once
#include <string>

#include "redis/client.h"

namespace sms {

// register, publish (a purchase by a visitor), reset (password) or login (the watch app).
bool valid_purpose(const std::string& purpose);

// Counts one request for a code from `ip`, whatever comes of it, and throws
// core::TooManyRequests past [sms] per_ip_hour: the answer tells whether a phone is
// registered, so asking must be limited like sending.
void count_request(redis::Client& r, const std::string& ip);

// Creates a code, stores it and sends it. Throws core::BadRequest (bad phone or purpose),
// core::TooManyRequests (a limit reached) or core::Unavailable (the gateway failed).
// Returns the seconds before the next send is allowed.
long send_code(redis::Client& r, const std::string& phone, const std::string& purpose,
               const std::string& ip);

// True when `code` is the live code for phone and purpose; it is then used up. A wrong code
// counts a try; the fifth wrong try kills the code.
bool check_code(redis::Client& r, const std::string& phone, const std::string& purpose,
                const std::string& code);

// check_code, or core::BadRequest("验证码错误或已过期", "sms_code").
void require_code(redis::Client& r, const std::string& phone, const std::string& purpose,
                  const std::string& code);

// The Redis key (below the prefix) that holds the code, for tests and admin tools.
std::string code_key(const std::string& phone, const std::string& purpose);

}  // namespace sms
