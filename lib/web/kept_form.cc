#include "web/kept_form.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace web {
namespace {
std::string field_key(const std::string& name) { return "kept_form:" + name; }
}  // namespace

void keep_form(Request& req, const std::string& name, std::initializer_list<const char*> skip) {
  auto fields = nlohmann::json::array();
  for (const auto& [k, v] : req.form()) {
    if (k == "csrf_token") continue;
    if (std::any_of(skip.begin(), skip.end(), [&](const char* s) { return k == s; })) continue;
    fields.push_back({k, v});
  }
  req.sessions().set(req.session(), field_key(name), fields.dump());
}

std::optional<FormFields> take_kept_form(Request& req, const std::string& name) {
  auto* s = req.existing_session();
  if (!s) return std::nullopt;
  auto it = s->data.find(field_key(name));
  if (it == s->data.end()) return std::nullopt;
  FormFields out;
  // Written by keep_form above; a value that does not parse is dropped like a missing one.
  auto j = nlohmann::json::parse(it->second, nullptr, false);
  if (j.is_array())
    for (const auto& pair : j)
      if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
        out.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
  req.sessions().erase(*s, field_key(name));
  return out;
}

}  // namespace web
