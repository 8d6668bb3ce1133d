// The upload formats we accept, recognised by their magic bytes only (never by file name or
// Content-Type, which the client chooses).
#pragma once
#include <string_view>

namespace image {

enum class Format { unknown, jpeg, png, gif, webp };

Format detect(std::string_view bytes);
// The ImageMagick coder that reads `f` ("JPEG", ...); never asked to guess.
const char* coder(Format f);

}  // namespace image
