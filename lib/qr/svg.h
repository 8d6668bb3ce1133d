// A QR code (libqrencode) as an SVG image: one path of dark modules with a 4-module quiet
// zone. The markup holds only numbers, so pages may include it unescaped.
#pragma once
#include <string>

namespace qr {

// Throws std::runtime_error when `text` cannot be encoded (too long).
std::string svg(const std::string& text, const std::string& label);

}  // namespace qr
