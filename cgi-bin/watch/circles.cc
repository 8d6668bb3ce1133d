// Circles and who is in them: POST|GET /v1/circles, GET|PATCH /v1/circles/{id},
// POST /v1/circles/{id}/invite, POST /v1/circles/join, PATCH /v1/circles/{id}/members/me,
// DELETE /v1/circles/{id}/members/{uid}, GET /v1/circles/{id}/members/{uid}/location,
// POST /v1/circles/{id}/contacts, DELETE /v1/circles/{id}/contacts/{phone}.
#include "cgi-bin/watch/api.h"
#include "watch/audit.h"
#include "watch/contact.h"
#include "watch/member.h"
#include "watch/member_location.h"

namespace {

using namespace watch_api;

// The name a user goes by in a new circle when the app sends none: 家长 and the phone's tail.
std::string default_member_name(web::Request& req, long long user) {
  auto r = req.db().query("SELECT phone FROM user WHERE id = ?", user);
  std::string phone = r.empty() ? "" : r.one().str(0);
  return "家长" + (phone.size() >= 4 ? phone.substr(phone.size() - 4) : phone);
}

std::string member_name_field(web::Request& req, const nlohmann::json& j, long long user) {
  auto v = text(j, "member_name");
  if (!v) v = text(j, "name");
  return watch::checked_name(v ? *v : default_member_name(req, user), "member_name");
}

void circle_root(web::Request& req, web::Response& res, long long user) {
  if (is(req, "GET")) {
    auto list = nlohmann::json::array();
    for (const auto& c : watch::circles_of(req.db(), user))
      list.push_back(watch::circle_json(req.db(), c));
    return ok(res, list);
  }
  if (!is(req, "POST")) throw core::MethodNotAllowed();
  auto j = body(req);
  std::string name = watch::checked_name(required_text(j, "name"), "name");
  auto mv = text(j, "member_name");
  std::string member =
      watch::checked_name(mv ? *mv : default_member_name(req, user), "member_name");
  auto c = watch::create_circle(req.db(), user, name, member);
  ok(res, watch::circle_json(req.db(), c), 201);
}

void members(web::Request& req, web::Response& res, long long user, const watch::Circle& c,
             const std::vector<std::string>& p) {
  // p: v1 circles {id} members {uid|me} [location]
  if (p.size() == 5 && p[4] == "me" && is(req, "PATCH")) {
    auto j = body(req);
    watch::MemberChange change;
    if (auto n = text(j, "name")) change.name = watch::checked_name(*n, "name");
    change.share_location = flag(j, "share_location");
    watch::change_member(req.db(), c.id, user, change);
    return ok(res, watch::circle_json(req.db(), c));
  }
  long long uid = p[4] == "me" ? user : id_of(p[4]);
  if (p.size() == 6 && p[5] == "location") {
    if (!is(req, "GET")) throw core::MethodNotAllowed();
    return ok(res, watch::member_location(req.db(), c.id, user, uid));
  }
  if (p.size() != 5) throw core::NotFound();
  if (!is(req, "DELETE")) throw core::MethodNotAllowed();
  watch::remove_member(req.db(), c.id, user, uid);
  watch::audit(req.db(), user, "app", uid == user ? "leave" : "remove_member", "", c.id,
               "uid " + std::to_string(uid));
  ok(res, nlohmann::json::object());
}

void contacts(web::Request& req, web::Response& res, const watch::Circle& c,
              const std::vector<std::string>& p) {
  if (p.size() == 4) {
    if (!is(req, "POST")) throw core::MethodNotAllowed();
    auto j = body(req);
    watch::add_contact(req.db(), c.id, watch::checked_contact_phone(required_text(j, "phone")),
                       watch::checked_name(required_text(j, "name"), "name"));
    return ok(res, watch::circle_json(req.db(), c), 201);
  }
  if (p.size() != 5) throw core::NotFound();
  if (!is(req, "DELETE")) throw core::MethodNotAllowed();
  watch::remove_contact(req.db(), c.id, p[4]);
  ok(res, watch::circle_json(req.db(), c));
}

}  // namespace

int main() {
  return serve_signed_in(
      [](web::Request& req, web::Response& res, long long user, const Segments& p) {
        if (p.size() == 2) return circle_root(req, res, user);
        if (p.size() == 3 && p[2] == "join") {
          if (!is(req, "POST")) throw core::MethodNotAllowed();
          auto j = body(req);
          auto c = watch::join(req.db(), req.redis(), user, text(j, "code").value_or(""),
                               member_name_field(req, j, user));
          return ok(res, watch::circle_json(req.db(), c), 201);
        }
        auto c = watch::member_circle(req.db(), id_of(p.at(2)), user);
        if (p.size() == 3) {
          if (is(req, "GET")) return ok(res, watch::circle_json(req.db(), c));
          if (!is(req, "PATCH")) throw core::MethodNotAllowed();
          c.name = watch::checked_name(required_text(body(req), "name"), "name");
          watch::rename_circle(req.db(), c.id, c.name);
          return ok(res, watch::circle_json(req.db(), c));
        }
        if (p.size() == 4 && p[3] == "invite") {
          if (!is(req, "POST")) throw core::MethodNotAllowed();
          auto inv = watch::invite_code(req.redis(), c.id);
          return ok(res, {{"code", inv.code}, {"expires_in", inv.expires_in}});
        }
        if (p[3] == "members" && p.size() >= 5) return members(req, res, user, c, p);
        if (p[3] == "contacts") return contacts(req, res, c, p);
        throw core::NotFound();
      });
}
