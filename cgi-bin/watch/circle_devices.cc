// Binding watches to a circle: POST /v1/circles/{id}/bind-code (imei) sends a code to the
// watch; POST /v1/circles/{id}/devices (imei, code, name, phone) binds it;
// PATCH|DELETE /v1/circles/{id}/devices/{imei} renames or unbinds it.
#include "cgi-bin/watch/api.h"
#include "watch/audit.h"
#include "watch/device.h"

namespace {

using namespace watch_api;

std::optional<std::string> device_phone(const nlohmann::json& j) {
  auto v = text(j, "phone");
  if (!v || v->empty()) return v;
  return watch::checked_contact_phone(*v);
}

}  // namespace

int main() {
  return serve_circle([](web::Request& req, web::Response& res, long long user,
                         const watch::Circle& c, const Segments& p) {
    if (p.size() == 4 && p[3] == "bind-code") {
      if (!is(req, "POST")) throw core::MethodNotAllowed();
      watch::send_bind_code(req.db(), req.redis(), c.id, user, required_text(body(req), "imei"));
      return ok(res, {{"expires_in", watch::kBindCodeTtl}}, 202);
    }
    if (p.size() == 4 && p[3] == "devices") {
      if (!is(req, "POST")) throw core::MethodNotAllowed();
      auto j = body(req);
      auto d = watch::bind(
          req.db(), req.redis(), c.id, user, required_text(j, "imei"), text(j, "code").value_or(""),
          watch::checked_name(required_text(j, "name"), "name"), device_phone(j).value_or(""));
      watch::audit(req.db(), user, "app", "bind", d.imei, c.id, d.name);
      return ok(res, watch::device_json(d), 201);
    }
    if (p.size() != 5 || p[3] != "devices") throw core::NotFound();
    const std::string& imei = p[4];
    if (is(req, "DELETE")) {
      watch::unbind(req.db(), c.id, user, imei);
      watch::audit(req.db(), user, "app", "unbind", imei, c.id);
      return ok(res, nlohmann::json::object());
    }
    if (!is(req, "PATCH")) throw core::MethodNotAllowed();
    auto j = body(req);
    std::optional<std::string> name;
    if (auto n = text(j, "name")) name = watch::checked_name(*n, "name");
    watch::change_device(req.db(), c.id, imei, name, device_phone(j));
    ok(res, watch::device_json(watch::device_for(req.db(), imei, user)));
  });
}
