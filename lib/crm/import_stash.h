// A checked import file kept between the dry run and its confirm button: 30 minutes in Redis
// under a random token, readable only by the manager who uploaded it.
#pragma once
#include <string>

#include "redis/client.h"

namespace crm {

inline constexpr int kImportStashSeconds = 1800;

// Keeps `file` and returns its token.
std::string stash_import(redis::Client& r, long long manager_id, const std::string& file);
// The kept file; core::BadRequest (field "file") when the token is malformed or has expired.
std::string stashed_import(redis::Client& r, long long manager_id, const std::string& token);
// Forgets it once imported.
void drop_import_stash(redis::Client& r, long long manager_id, const std::string& token);

}  // namespace crm
