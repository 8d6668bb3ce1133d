// Password hashing with argon2id (libsodium's crypto_pwhash_str, interactive limits).
#pragma once
#include <string>

namespace auth {

std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);
// web::BadRequest (field "password") unless `password` may be chosen: 6 to 128 bytes, not one
// of the passwords everybody tries first, not one repeated character, not a run of
// consecutive digits (123456, 987654).
void check_new_password(const std::string& password);

}  // namespace auth
