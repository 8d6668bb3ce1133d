#include "market/qr.h"

#include <Magick++.h>
#include <qrencode.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace market {

std::string qr_png(const std::string& text, int scale) {
  static std::once_flag init;
  std::call_once(init, [] { Magick::InitializeMagick(nullptr); });
  std::unique_ptr<QRcode, void (*)(QRcode*)> qr(
      QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
  if (!qr) throw std::runtime_error("QR encoding failed");
  const int margin = 4, modules = qr->width + 2 * margin, size = modules * scale;
  std::vector<unsigned char> gray(static_cast<size_t>(size) * size, 255);
  for (int y = 0; y < qr->width; ++y)
    for (int x = 0; x < qr->width; ++x) {
      if (!(qr->data[y * qr->width + x] & 1)) continue;  // bit 0 = dark module
      for (int dy = 0; dy < scale; ++dy)
        for (int dx = 0; dx < scale; ++dx)
          gray[static_cast<size_t>((y + margin) * scale + dy) * size + (x + margin) * scale + dx] =
              0;
    }
  Magick::Image img(size, size, "I", Magick::CharPixel, gray.data());
  img.type(Magick::GrayscaleType);
  img.depth(8);
  img.magick("PNG");
  Magick::Blob blob;
  img.write(&blob);
  return std::string(static_cast<const char*>(blob.data()), blob.length());
}

}  // namespace market
