// Password hashing with argon2id (libsodium's crypto_pwhash_str, interactive limits).
#pragma once
#include <string>

#include "db/connection.h"

namespace auth {

std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);

// The password rule of every form that sets one (register, reset, settings): 6 to 128 bytes.
// core::BadRequest on the field "password" otherwise.
void check_password(const std::string& password);
// Checks the rule and stores the new password's hash.
void set_password(db::Connection& db, long long user_id, const std::string& password);

}  // namespace auth
