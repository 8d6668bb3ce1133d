// libFuzzer: a multipart body as lib/web takes it: the framing check, then cgicc's parser,
// whose exceptions must all be a 400 (core::BadRequest), never anything else.
#include <cgicc/CgiInput.h>
#include <cgicc/Cgicc.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/error.h"
#include "web/body_input.h"
#include "web/form.h"

namespace {

const std::string kType = "multipart/form-data; boundary=XyZ";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  try {
    web::check_multipart_framing(kType, body);
  } catch (const core::Error&) {
    return 0;
  }
  web::BodyInput input(
      body, true, [](const char* name) { return std::strcmp(name, "CONTENT_TYPE") ? "" : kType; });
  try {
    cgicc::Cgicc cgi(&input);
    web::FormFields fields;
    for (const auto& e : *cgi) fields.emplace_back(e.getName(), e.getValue());
    web::check_fields(fields);
  } catch (const std::exception&) {  // request.cc answers these with 400
  }
  return 0;
}
