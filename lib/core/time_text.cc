#include "core/time_text.h"

namespace core {
namespace {

std::string text(const std::tm& tm, const char* format) {
  char buf[64];
  size_t n = std::strftime(buf, sizeof buf, format, &tm);
  return std::string(buf, n);
}

}  // namespace

std::string local_time_text(std::time_t t, const char* format) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return text(tm, format);
}

std::string utc_time_text(std::time_t t, const char* format) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return text(tm, format);
}

}  // namespace core
