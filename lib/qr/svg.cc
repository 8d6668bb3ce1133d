#include "qr/svg.h"

#include <qrencode.h>

#include <memory>
#include <stdexcept>

namespace qr {

std::string svg(const std::string& text, const std::string& label) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
  if (!code) throw std::runtime_error("QR code too long");
  const int w = code->width, quiet = 4, size = w + 2 * quiet;
  std::string path;
  for (int y = 0; y < w; ++y)
    for (int x = 0; x < w; ++x)
      if (code->data[y * w + x] & 1)
        path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
  std::string s = std::to_string(size);
  // `label` is our own fixed text; escape it anyway, the result is included unescaped.
  std::string safe;
  for (char ch : label) {
    if (ch == '<')
      safe += "&lt;";
    else if (ch == '>')
      safe += "&gt;";
    else if (ch == '&')
      safe += "&amp;";
    else if (ch == '"')
      safe += "&quot;";
    else
      safe += ch;
  }
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + s + " " + s +
         "\" class=\"qr-code\" role=\"img\" aria-label=\"" + safe +
         "\" shape-rendering=\"crispEdges\"><rect width=\"" + s + "\" height=\"" + s +
         "\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
}

}  // namespace qr
