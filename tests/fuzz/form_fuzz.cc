// libFuzzer: the urlencoded form parser and the bounds every form keeps (lib/web/form.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "web/form.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    web::check_fields(web::parse_urlencoded(text));
  } catch (const web::Error&) {
  }
  return 0;
}
