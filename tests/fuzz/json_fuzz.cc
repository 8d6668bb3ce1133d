// libFuzzer: a JSON request body (Request::json parses without exceptions) and the booking
// grid's change, the one JSON body a page posts (booking::parse_change).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "booking/change.h"
#include "core/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded()) return 0;
  try {
    booking::parse_change(j);
  } catch (const web::Error&) {
  }
  return 0;
}
