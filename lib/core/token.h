// Unguessable tokens (session ids, CSRF tokens, nonces) from libsodium's CSPRNG.
#pragma once
#include <string>

namespace core {

// `bytes` random bytes as lowercase hex (so 16 bytes -> 32 characters, 128 bits).
std::string random_hex(size_t bytes = 16);
// A random integer in [0, upper).
unsigned random_below(unsigned upper);
// Constant-time comparison of two secrets.
bool secrets_equal(const std::string& a, const std::string& b);

}  // namespace core
