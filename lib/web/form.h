// The shape of a form before any handler sees it: the urlencoded parser, the multipart
// framing check, and the bounds every form keeps. Pure functions, so unit tests and the
// fuzzers (tests/fuzz/) reach them without a request.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace web {

using FormFields = std::vector<std::pair<std::string, std::string>>;

// Bounds on what any form may carry. The largest real form, a purchase of 20 items, has
// under 200 fields with names under 40 bytes.
inline constexpr size_t kMaxFields = 1000, kMaxFieldName = 100, kMaxFiles = 50;

// "a=1&b=%E5%BD%93" → {{"a","1"},{"b","当"}}; '+' is a space, empty parts are skipped.
FormFields parse_urlencoded(const std::string& text);
// web::BadRequest unless `fields` keeps the bounds above and is valid UTF-8 throughout.
void check_fields(const FormFields& fields);
// web::BadRequest unless a multipart body starts with its boundary and has a closing one
// (cgicc reports neither).
void check_multipart_framing(const std::string& content_type, const std::string& body);

}  // namespace web
