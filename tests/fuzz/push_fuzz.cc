// libFuzzer: what the push engine parses from outside — queue entries (fields split at NUL
// bytes, as Redis hands them over), tracked-link tokens and the visit kept in a session, and
// inbound SMS replies. Each must refuse bad input with its own error, never crash.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "push/optout.h"
#include "push/queue.h"
#include "push/track.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> fields;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('\0', start);
    if (end == std::string::npos) end = s.size();
    fields.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  try {
    auto e = push::parse_entry("1-0", fields);
    if (e.type == "round" && e.item <= 0) __builtin_trap();
    if (e.type == "send")
      for (long long id : e.ids)
        if (id <= 0) __builtin_trap();
  } catch (const std::invalid_argument&) {
  }
  if (push::valid_token(s) && s.size() != 32) __builtin_trap();
  if (auto v = push::Visit::parse(s)) {
    if (v->recipient_id < 0 || v->item_id < 0) __builtin_trap();
  }
  push::is_optout_reply(s);
  return 0;
}
