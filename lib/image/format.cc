#include "image/format.h"

namespace image {

Format detect(std::string_view b) {
  auto starts = [&](std::string_view magic, size_t at = 0) {
    return b.size() >= at + magic.size() && b.substr(at, magic.size()) == magic;
  };
  if (starts("\xFF\xD8\xFF")) return Format::jpeg;
  if (starts("\x89PNG\r\n\x1A\n")) return Format::png;
  if (starts("GIF87a") || starts("GIF89a")) return Format::gif;
  if (starts("RIFF") && starts("WEBPVP8", 8)) return Format::webp;
  return Format::unknown;
}

const char* coder(Format f) {
  switch (f) {
    case Format::jpeg: return "JPEG";
    case Format::png: return "PNG";
    case Format::gif: return "GIF";
    case Format::webp: return "WEBP";
    default: return "";
  }
}

}  // namespace image
