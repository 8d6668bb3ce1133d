// Escapers for text that C++ code writes straight into a response, where no template
// auto-escaping or JSON library stands between data and output (hot pages build these by hand).
#pragma once
#include <string>
#include <string_view>

namespace core {

// Appends `s` as HTML text or a quoted attribute value: & < > " ' become entities, ASCII
// whitespace controls become spaces (as ctemplate's :h does).
void append_html(std::string& out, std::string_view s);

// Appends `s` as a JSON string literal with its quotes, like nlohmann's dump() without
// ensure_ascii and with error_handler_t::replace: " \ and control characters escaped, UTF-8
// kept as is, each byte of a malformed UTF-8 sequence replaced with U+FFFD.
void append_json_string(std::string& out, std::string_view s);

}  // namespace core
