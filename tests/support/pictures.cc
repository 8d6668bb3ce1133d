#include "tests/support/pictures.h"

#include <Magick++.h>

#include <cstdint>
#include <functional>
#include <random>
#include <vector>

#include "image/magick.h"

namespace testenv {
namespace {

std::string bytes_of(Magick::Image& img, const std::string& magick) {
  img.magick(magick);
  Magick::Blob b;
  img.write(&b);
  return std::string(static_cast<const char*>(b.data()), b.length());
}

void be32(std::string& s, uint32_t v) {
  for (int i = 3; i >= 0; --i) s += char((v >> (8 * i)) & 0xff);
}

uint32_t crc32(const std::string& data) {
  uint32_t c = 0xffffffffu;
  for (unsigned char ch : data) {
    c ^= ch;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
  }
  return c ^ 0xffffffffu;
}

std::string png_chunk(const std::string& type, const std::string& data) {
  std::string out;
  be32(out, uint32_t(data.size()));
  out += type + data;
  be32(out, crc32(type + data));
  return out;
}

}  // namespace

// Built from raw pixels: the policy denies the xc: canvas coder even to tests.
Magick::Image from_pixels(int w, int h, const std::function<void(int, int, unsigned char*)>& px) {
  image::init_magick();
  std::vector<unsigned char> rgb(size_t(w) * h * 3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) px(x, y, &rgb[(size_t(y) * w + x) * 3]);
  return Magick::Image(w, h, "RGB", MagickCore::CharPixel, rgb.data());
}

std::string picture(const std::string& magick, int w, int h) {
  std::mt19937 rng(w * 7919 + h);
  auto img = from_pixels(w, h, [&](int x, int y, unsigned char* p) {
    p[0] = 40 + rng() % 30;
    p[1] = 120 + (x + y) % 100;
    p[2] = 60 + rng() % 40;
  });
  return bytes_of(img, magick);
}

std::string rotated_jpeg(int w, int h) {
  auto img = from_pixels(w, h, [&](int x, int, unsigned char* p) {
    bool left = x < w / 2;
    p[0] = left ? 255 : 0;
    p[1] = 0;
    p[2] = left ? 0 : 255;
  });
  img.quality(95);
  std::string jpeg = bytes_of(img, "JPEG");
  // APP1 "Exif": big-endian TIFF header, one IFD entry: Orientation (0x0112) SHORT = 6.
  std::string tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
  tiff += std::string("\x00\x01", 2);
  tiff += std::string("\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00", 12);
  tiff += std::string("\x00\x00\x00\x00", 4);
  std::string payload = std::string("Exif\x00\x00", 6) + tiff;
  size_t len = payload.size() + 2;
  std::string app1 = "\xFF\xE1";
  app1 += char(len >> 8);
  app1 += char(len & 0xff);
  app1 += payload;
  return jpeg.substr(0, 2) + app1 + jpeg.substr(2);
}

std::string huge_png(int w, int h) {
  std::string ihdr;
  be32(ihdr, uint32_t(w));
  be32(ihdr, uint32_t(h));
  ihdr += std::string("\x01\x00\x00\x00\x00", 5);  // 1-bit grey: the smallest bomb per pixel
  // zlib stream of a few zero rows; a real bomb would go on for 20000 rows of nothing.
  std::string idat("\x78\x9c\x63\x60\x18\x05\x00\x00\x00\x00", 10);
  return std::string("\x89PNG\r\n\x1a\n", 8) + png_chunk("IHDR", ihdr) + png_chunk("IDAT", idat) +
         png_chunk("IEND", "");
}

std::string many_frames_gif(int frames) {
  std::string g("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13);  // 1×1, 2-colour global table
  g += std::string("\x00\x00\x00\xff\xff\xff", 6);
  for (int i = 0; i < frames; ++i) {
    g += std::string("\x21\xf9\x04\x00\x01\x00\x00\x00", 8);  // graphic control: 1/100 s
    g += std::string("\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10);
    g += std::string("\x02\x02\x44\x01\x00", 5);  // LZW: clear, 0, end
  }
  g += ';';
  return g;
}

}  // namespace testenv
