// Text rules every form shares: input is trimmed, and lengths are counted as a person counts
// them (UTF-8 code points: "当归" is 2, not 6), matching the CHAR/VARCHAR limits of utf8mb4.
#pragma once
#include <string>

namespace core {

// `s` without leading and trailing spaces, tabs and line breaks.
std::string trim(const std::string& s);
// The number of UTF-8 code points in `s`.
size_t char_count(const std::string& s);

}  // namespace core
