// libFuzzer: the .xlsx reader of the CRM and variety imports (lib/sheet/xlsx.h). Anything
// that is not a workbook within the caps must be a web::BadRequest.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "sheet/xlsx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    sheet::read_first_sheet(bytes, 5001, 20);
  } catch (const web::Error&) {
  }
  return 0;
}
