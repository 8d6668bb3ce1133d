// Password hashing with argon2id (libsodium's crypto_pwhash_str, interactive limits).
#pragma once
#include <string>

namespace auth {

std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);

}  // namespace auth
