// The parents' app signs in with phone + SMS code (purpose "login") and then carries a bearer
// token: 256 random bits kept in Redis for 30 days, nothing else on the phone. Renewing hands
// out a new token and ends the old one in the same step.
#pragma once
#include <string>

#include "db/connection.h"
#include "redis/client.h"

namespace watch {

inline constexpr long kTokenTtl = 30L * 24 * 3600;

struct AppSession {
  std::string token;
  long long user_id = 0;
  long expires_in = kTokenTtl;
  bool new_user = false;
};

// Checks the code (BadRequest when wrong) and signs the phone's user in; an unknown phone
// becomes a new user. Forbidden for a disabled account.
AppSession sign_in(db::Connection& db, redis::Client& r, const std::string& phone,
                   const std::string& code);
// A new token for `user_id` (sign_in after its checks; the demo's printed token).
AppSession start_session(redis::Client& r, long long user_id);
// The user behind `token`; 0 when the token is unknown, expired or malformed.
long long token_user(redis::Client& r, const std::string& token);
// A new token for the same user; the old one stops working. Unauthorized when it already has.
AppSession renew(redis::Client& r, const std::string& token);
// Ends the token (sign-out).
void sign_out(redis::Client& r, const std::string& token);

}  // namespace watch
