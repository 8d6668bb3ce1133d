#include "core/content_file.h"

#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

namespace core {

std::string content_hash(std::string_view bytes) {
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 20; ++i) {
    s += digits[h[i] >> 4];
    s += digits[h[i] & 15];
  }
  return s;
}

void write_whole_file(const std::string& path, std::string_view data) {
  std::string tmp = path + ".tmp." + std::to_string(getpid()) + "." +
                    std::to_string(std::hash<std::string_view>{}(data)&0xffff);
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o.write(data.data(), std::streamsize(data.size()));
    if (!o.flush()) throw std::runtime_error("cannot write " + tmp);
  }
  std::filesystem::rename(tmp, path);
}

}  // namespace core
