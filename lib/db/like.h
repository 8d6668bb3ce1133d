// Text a visitor typed, inside a LIKE pattern: LIKE's own characters (% _ \) match literally.
#pragma once
#include <string>

namespace db {

// `text` with % _ and \ escaped (MariaDB's default escape character); the caller adds the
// wildcards: "%" + like_text(q) + "%" for "contains", like_text(q) + "%" for "starts with".
inline std::string like_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace db
