// QR codes of share links, as PNG bytes (libqrencode for the matrix, Magick++ for the PNG).
#pragma once
#include <string>

namespace market {

// A black-on-white PNG of `text` with a 4-module quiet zone, `scale` pixels per module.
std::string qr_png(const std::string& text, int scale = 6);

}  // namespace market
