// Text rules every form shares: input is trimmed, and lengths are counted as a person counts
// them (UTF-8 code points: "当归" is 2, not 6), matching the CHAR/VARCHAR limits of utf8mb4.
#pragma once
#include <string>
#include <string_view>

namespace core {

// `s` without leading and trailing spaces, tabs and line breaks.
std::string trim(const std::string& s);
// The number of UTF-8 code points in `s`.
size_t char_count(const std::string& s);
// True when `s` has `min`..`max` bytes, all ASCII digits. Shapes of numbers, phones and ids
// are checked with this and plain loops, never std::regex: libstdc++'s regex recurses once
// per character and a long enough input overflows the stack.
bool digits(std::string_view s, size_t min = 1, size_t max = 20);
// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF), which MariaDB's utf8mb4 columns and our templates need.
bool valid_utf8(std::string_view s);
// `s` for a LIKE pattern with its own %, _ and \ matched literally (append the wildcards).
std::string like_literal(const std::string& s);

}  // namespace core
