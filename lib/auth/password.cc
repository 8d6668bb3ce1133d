#include "auth/password.h"

#include <sodium.h>

#include <stdexcept>

#include "core/error.h"

namespace auth {

std::string hash_password(const std::string& password) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool verify_password(const std::string& hash, const std::string& password) {
  if (hash.empty() || sodium_init() < 0) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void check_password(const std::string& password) {
  if (password.size() < 6) throw core::BadRequest("密码至少6位", "password");
  if (password.size() > 128) throw core::BadRequest("密码不能超过128位", "password");
}

void set_password(db::Connection& db, long long user_id, const std::string& password) {
  check_password(password);
  db.query("UPDATE user SET password_hash = ? WHERE id = ?", hash_password(password), user_id);
}

}  // namespace auth
