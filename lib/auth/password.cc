#include "auth/password.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <stdexcept>

#include "core/error.h"

namespace auth {
namespace {

// The most common passwords of Chinese leaks that are not caught by the rules below.
const char* const kCommon[] = {
    "password", "passw0rd",  "qwerty",     "qwerty123", "qwertyuiop", "abc123",    "abcd1234",
    "a123456",  "a12345678", "aa123456",   "qq123456",  "123456a",    "123456abc", "1qaz2wsx",
    "iloveyou", "woaini",    "woaini1314", "5201314",   "1314520",    "admin",     "admin123",
    "123123",   "123321",    "112233",     "121212",    "147258",     "147258369", "159357",
    "123qwe",   "zxcvbnm",   "asdfgh",     "11223344",  "520520",     "888999",    "666888"};

bool one_character(const std::string& p) { return p.find_first_not_of(p[0]) == std::string::npos; }

bool digit_run(const std::string& p) {
  if (p.find_first_not_of("0123456789") != std::string::npos) return false;
  bool up = true, down = true;
  for (size_t i = 1; i < p.size(); ++i) {
    up = up && p[i] == p[i - 1] + 1;
    down = down && p[i] == p[i - 1] - 1;
  }
  return up || down;
}

}  // namespace

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

void check_new_password(const std::string& password) {
  if (password.size() < 6) throw web::BadRequest("密码至少6位", "password");
  if (password.size() > 128) throw web::BadRequest("密码不能超过128位", "password");
  std::string lower = password;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool common = one_character(password) || digit_run(password) ||
                std::any_of(std::begin(kCommon), std::end(kCommon),
                            [&](const char* w) { return lower == w; });
  if (common)
    throw web::BadRequest(
        "这个密码太常见，很容易被猜到，请换一个（不要用123456、连续或相同的字符）", "password");
}

}  // namespace auth
