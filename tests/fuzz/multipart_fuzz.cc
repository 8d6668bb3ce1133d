// libFuzzer: a multipart body as lib/web takes it: the framing check, then cgicc's parser,
// whose exceptions must all be a 400 (web::BadRequest), never anything else.
#include <cgicc/CgiInput.h>
#include <cgicc/Cgicc.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/error.h"
#include "web/form.h"

namespace {

const std::string kType = "multipart/form-data; boundary=XyZ";

class Body : public cgicc::CgiInput {
 public:
  explicit Body(const std::string& body) : body_(body) {}
  size_t read(char* data, size_t length) override {
    size_t n = std::min(length, body_.size() - pos_);
    std::memcpy(data, body_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  std::string getenv(const char* name) override {
    if (!std::strcmp(name, "REQUEST_METHOD")) return "POST";
    if (!std::strcmp(name, "CONTENT_TYPE")) return kType;
    if (!std::strcmp(name, "CONTENT_LENGTH")) return std::to_string(body_.size());
    return "";
  }

 private:
  const std::string& body_;
  size_t pos_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  try {
    web::check_multipart_framing(kType, body);
  } catch (const web::Error&) {
    return 0;
  }
  Body input(body);
  try {
    cgicc::Cgicc cgi(&input);
    web::FormFields fields;
    for (const auto& e : *cgi) fields.emplace_back(e.getName(), e.getValue());
    web::check_fields(fields);
  } catch (const std::exception&) {  // request.cc answers these with 400
  }
  return 0;
}
