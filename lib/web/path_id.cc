#include "web/path_id.h"

#include "core/error.h"
#include "web/request.h"

namespace web {

std::optional<long long> parse_id(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  long long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

PathId id_in_path(std::string_view path, std::string_view prefix) {
  if (path.substr(0, prefix.size()) != prefix) throw core::NotFound();
  auto tail = path.substr(prefix.size());
  size_t digits = 0;
  while (digits < tail.size() && tail[digits] >= '0' && tail[digits] <= '9') ++digits;
  auto id = parse_id(tail.substr(0, digits));
  if (!id) throw core::NotFound();
  return {*id, std::string(tail.substr(digits))};
}

void dispatch(Request& req, Response& res, std::string_view prefix,
              std::initializer_list<SubRoute> routes) {
  auto at = id_in_path(req.path(), prefix);
  bool known = false;
  for (const auto& r : routes) {
    if (r.rest != at.rest) continue;
    known = true;
    if (r.method.empty() || r.method == req.method() ||
        (r.method == "GET" && req.method() == "HEAD"))
      return r.run(req, res, at.id);
  }
  if (known) throw core::MethodNotAllowed();
  throw core::NotFound();
}

}  // namespace web
