// libFuzzer: the money and quantity parsers and the item field names of the purchase form,
// with the text checks they rest on. They must stay linear: the audit's crash was a
// std::regex recursing once per character.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/text.h"
#include "market/money.h"
#include "market/purchase.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  if (market::valid_amount(s, 10)) {
    // What passes is what MariaDB's DECIMAL(12,2) takes: digits, at most one dot.
    if (s.find_first_not_of("0123456789.") != std::string::npos) __builtin_trap();
  }
  market::valid_amount(s, 8);
  market::trim_amount(s);
  if (auto f = market::item_field_name(s)) {
    if (f->slot < 0 || f->slot > 999 || f->field.empty()) __builtin_trap();
  }
  core::digits(s, 1, 20);
  core::valid_utf8(s);
  core::char_count(s);
  core::trim(s);
  return 0;
}
