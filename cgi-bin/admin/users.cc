// GET /admin/users?q=&page= (search by phone or name) and GET/POST /admin/users/{id}: disable
// and enable, roles, member type, identity documents and the 身份真实 flag.
#include "admin/admin.h"
#include "admin/verification.h"
#include "auth/role_name.h"
#include "cgi-bin/admin/page.h"
#include "core/page_copy.h"
#include "core/text.h"
#include "image/store.h"
#include "market/clock.h"
#include "market/notification.h"
#include "web/form_error.h"
#include "web/member_type.h"
#include "web/verified_badge.h"

namespace {

constexpr int kPageSize = 50;

void list(web::Request& req, web::Response& res) {
  std::string q = req.param("q");
  int page_no = std::max(1, admin_ui::to_int(req.param("page"), 1));
  auto rows = admin::search_members(req.db(), q, kPageSize + 1, (page_no - 1) * kPageSize);
  web::Page page(&req, "admin/users.tpl", "用户管理");
  admin_ui::menu(req, page, "users");
  auto& d = page.dict();
  d.SetValue("Q", q);
  // Members waiting for their identity to be checked come first.
  ctemplate::TemplateDictionary* waiting = nullptr;
  for (const auto& v : admin::pending_verifications(req.db(), 50)) {
    if (!waiting) waiting = d.AddSectionDictionary("HAS_PENDING");
    auto* p = waiting->AddSectionDictionary("PENDING");
    p->SetIntValue("ID", v.user_id);
    p->SetValue("NAME", v.name);
    p->SetValue("PHONE", v.phone);
    p->SetValue("SUBMITTED", v.submitted_at);
  }
  for (size_t i = 0; i < rows.size() && i < size_t(kPageSize); ++i) {
    const auto& u = rows[i].user;
    auto* r = d.AddSectionDictionary("USER");
    r->SetIntValue("ID", u.id);
    r->SetValue("PHONE", u.phone);
    r->SetValue("USERNAME", u.username);
    // The name is the link to the member (a card's title on a phone): members who gave none
    // are named as elsewhere on the site, else by phone.
    std::string name = !u.name.empty() ? u.name : u.display_name();
    r->SetValue("NAME", !name.empty() ? name : !u.phone.empty() ? u.phone : "未命名会员");
    r->SetValue("NICKNAME", u.nickname);
    r->SetValue("TYPE", auth::member_type_name(u.user_type));
    std::string roles;
    for (const auto& x : u.roles) roles += (roles.empty() ? "" : "、") + auth::role_name(x);
    r->SetValue("ROLES", roles);
    web::show_verified_badge(*r, u.verified);
    if (u.disabled) r->ShowSection("DISABLED");
    r->SetValue("CREATED", rows[i].created_at);
  }
  if (rows.empty()) d.ShowSection("NONE");
  if (page_no > 1) d.SetValueAndShowSection("PREV", std::to_string(page_no - 1), "HAS_PREV");
  if (rows.size() > size_t(kPageSize))
    d.SetValueAndShowSection("NEXT", std::to_string(page_no + 1), "HAS_NEXT");
  web::render(res, page);
}

void show(web::Request& req, web::Response& res, long long id, const core::Error* error) {
  auto u = auth::find_user(req.db(), id);
  if (!u) throw core::NotFound("用户不存在");
  web::Page page(&req, "admin/user.tpl", "用户 " + u->display_name());
  admin_ui::menu(req, page, "users");
  if (error) web::show_error(page.dict(), *error);
  auto& d = page.dict();
  d.SetIntValue("ID", u->id);
  d.SetValue("PHONE", u->phone);
  d.SetValue("USERNAME", u->username);
  d.SetValue("NAME", u->name);
  d.SetValue("NICKNAME", u->nickname);
  d.SetValue("DISPLAY", u->display_name());
  d.ShowSection(u->disabled ? "DISABLED" : "ENABLED");
  web::show_verified_badge(d, u->verified);
  d.ShowSection(u->verified ? "VERIFIED" : "UNVERIFIED");
  web::member_type_options(d, u->user_type);
  for (const char* role : auth::kRoles) {
    auto* o = d.AddSectionDictionary("ROLE");
    o->SetValue("VALUE", role);
    o->SetValue("LABEL", auth::role_name(role));
    if (u->has_role(role)) o->ShowSection("CHECKED");
  }
  for (const auto& doc : admin::documents(req.db(), id)) {
    auto* o = d.AddSectionDictionary("DOC");
    o->SetValue("THUMB", image::url(doc.image, image::Use::document_thumb));
    o->SetValue("FULL", image::url(doc.image, image::Use::document));
    o->SetValue("AT", doc.created_at);
  }
  if (auto v = admin::verification_request(req.db(), id)) {
    auto* s =
        d.AddSectionDictionary(v->status == "pending" ? "REQUEST_PENDING" : "REQUEST_REFUSED");
    s->SetValue("SUBMITTED", v->submitted_at);
    s->SetValue("REASON", v->reason);
  }
  for (const auto& e : admin::recent_log(req.db(), "user", id, 20)) {
    auto* o = d.AddSectionDictionary("LOG");
    o->SetValue("AT", e.created_at);
    o->SetValue("ADMIN", e.admin_name);
    o->SetValue("ACTION", admin::action_name(e.action));
    o->SetValue("DETAIL", e.detail);
  }
  web::render(res, page, error ? error->status : 200);
}

void change(web::Request& req, const auth::User& me, long long id) {
  auto& db = req.db();
  std::string action = req.arg("action");
  if (action == "disable" || action == "enable") {
    admin::set_disabled(db, me, id, action == "disable");
    // A disabled member is logged out everywhere, so enabling them later revives no old login.
    if (action == "disable") req.sessions().end_user_sessions(id);
  } else if (action == "roles") {
    auto picked = req.args("roles");
    admin::set_roles(db, me, id, std::set<std::string>(picked.begin(), picked.end()));
  } else if (action == "user_type") {
    admin::set_member_type(db, me, id, admin_ui::to_int(req.arg("user_type"), 0));
  } else if (action == "verify" || action == "unverify") {
    admin::set_verified(db, me, id, action == "verify");
  } else if (action == "refuse_verification") {
    admin::refuse_verification(db, me, id, req.arg("reason"));
    market::notify(db, id, market::kSystem, "身份认证未通过",
                   "原因：" + core::trim(req.arg("reason")), "/my/verification", market::now());
  } else if (action == "document") {
    if (!auth::find_user(db, id)) throw core::NotFound("用户不存在");
    // Several files in one form: all are checked before any is written.
    image::Budget budget;
    std::vector<image::Prepared> files;
    for (const auto& up : req.uploads())
      if (up.field == "document")
        files.push_back(image::prepare(up.data, {image::Use::document_thumb, image::Use::document},
                                       "document", budget));
    if (files.empty()) throw core::BadRequest("请选择身份证明图片", "document");
    for (const auto& f : files) admin::add_document(db, me, id, image::save(f).hash);
  } else {
    throw core::BadRequest("未知操作", "action");
  }
}

// GET /admin/documents/<hash>_<document|docthumb>.jpg: a stored identity document, handed to
// nginx's internal location once the reader is known to be an admin.
void document(web::Request& req, web::Response& res) {
  if (req.is_post()) throw core::MethodNotAllowed();
  std::string name = req.path().substr(std::string("/admin/documents/").size());
  auto under = name.find('_');
  std::string hash = name.substr(0, under),
              use = under == std::string::npos ? "" : name.substr(under + 1);
  if (!image::valid_hash(hash) || (use != "document.jpg" && use != "docthumb.jpg") ||
      req.db().query("SELECT 1 FROM user_document WHERE image = ? LIMIT 1", hash).empty())
    throw core::NotFound("证件图片不存在");
  auto u = use == "document.jpg" ? image::Use::document : image::Use::document_thumb;
  res.header("X-Accel-Redirect", image::internal_url(hash, u));
  res.header("Cache-Control", "private, no-store");
  res.send("", "image/jpeg", 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (req.path().rfind("/admin/documents/", 0) == 0) return document(req, res);
    if (req.path() == "/admin/users") {
      if (req.is_post()) throw core::MethodNotAllowed();
      return list(req, res);
    }
    long long id = web::id_in_path(req.path(), "/admin/users/").id;
    if (!req.is_post()) return show(req, res, id, nullptr);
    try {
      change(req, me, id);
      // The supplier directory shows members' verification and type, and leaves out the
      // disabled ones.
      core::discard_page_copies();
    } catch (const core::BadRequest& e) {
      return show(req, res, id, &e);
    } catch (const core::Forbidden& e) {
      return show(req, res, id, &e);
    }
    res.redirect("/admin/users/" + std::to_string(id) + "?done=1");
  });
}
