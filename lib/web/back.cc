#include "web/back.h"

#include <nlohmann/json.hpp>

namespace web {
namespace {
const char* const kKey = "back";
}  // namespace

std::string back_path(const Request& req) {
  std::string ref = req.header("Referer"), host = req.header("Host");
  if (ref.empty() || host.empty()) return "";
  for (const char* scheme : {"http://", "https://"}) {
    std::string origin = scheme + host;
    if (ref.compare(0, origin.size(), origin) != 0) continue;
    std::string rest = ref.substr(origin.size());
    // "/x" only: not "//evil" (another host), not "" or ":8080/..." (another origin).
    if (rest.empty() || rest[0] != '/' || (rest.size() > 1 && rest[1] == '/')) return "";
    if (rest.size() > 2000) return "";
    auto hash = rest.find('#');
    return hash == std::string::npos ? rest : rest.substr(0, hash);
  }
  return "";
}

bool send_back(Request& req, Response& res, const core::Error& e) {
  if (!req.is_post() || req.wants_json() || (e.status != 400 && e.status != 409)) return false;
  std::string to = back_path(req);
  auto* s = req.existing_session();
  if (to.empty() || !s) return false;
  auto fields = nlohmann::json::array();
  for (const auto& [k, v] : req.form())
    if (k != "csrf_token") fields.push_back({k, v});
  nlohmann::json j{{"path", to}, {"message", e.what()}, {"field", e.field}, {"fields", fields}};
  req.sessions().set(*s, kKey, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  res.redirect(to);
  return true;
}

bool show_back(Request& req, ctemplate::TemplateDictionary& layout) {
  if (req.method() != "GET") return false;
  auto* s = req.existing_session();
  if (!s) return false;
  auto it = s->data.find(kKey);
  if (it == s->data.end()) return false;
  // Shown on the very next page only: the redirect leads there at once.
  auto j = nlohmann::json::parse(it->second, nullptr, false);
  req.sessions().erase(*s, kKey);
  if (!j.is_object() || j.value("path", "") != req.uri()) return false;
  auto* d = layout.AddSectionDictionary("BACK");
  d->SetValue("MESSAGE", j.value("message", ""));
  d->SetValue("FIELD", j.value("field", ""));
  d->SetValue("FIELDS", j["fields"].is_array() ? j["fields"].dump() : "[]");
  return true;
}

}  // namespace web
