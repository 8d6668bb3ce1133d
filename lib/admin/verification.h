// Identity verification a member asks for (身份真实): they send their own documents, an admin
// verifies them (admin::set_verified, which closes the request) or refuses with a reason.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "auth/user.h"
#include "db/connection.h"

namespace admin {

struct VerificationRequest {
  long long user_id = 0;
  std::string status;  // "pending" (审核中) or "refused" (未通过)
  std::string reason, submitted_at, name, phone;
};

// Adds the member's documents (image hashes already stored by lib/image) and (re)opens their
// request as pending, in one transaction. Conflict when the member is verified already.
void request_verification(db::Connection& db, long long user_id,
                          const std::vector<std::string>& images);
std::optional<VerificationRequest> verification_request(db::Connection& db, long long user_id);
// Requests waiting for an admin, oldest first.
std::vector<VerificationRequest> pending_verifications(db::Connection& db, int limit);
// Refuses a pending request with `reason` (logged). BadRequest without a reason; NotFound
// when nothing is pending.
void refuse_verification(db::Connection& db, const auth::User& admin, long long user_id,
                         const std::string& reason);

}  // namespace admin
