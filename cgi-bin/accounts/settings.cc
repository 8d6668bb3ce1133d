// GET/POST /my/settings: the member's own account. Each card of the page posts its `action`
// (profile, password, wechat_unbind, follow, unfollow); a new card adds a branch here and a section
// in the template. The avatar card posts its file to /my/avatar (cgi-bin/accounts/avatar.cc).
#include "auth/profile.h"
#include "auth/user.h"
#include "core/error.h"
#include "core/page_copy.h"
#include "image/avatar.h"
#include "market/follow.h"
#include "web/form_error.h"
#include "web/member_type.h"
#include "web/serve.h"
#include "web/verified_badge.h"
#include "wechat/binding.h"

namespace {

void page(web::Request& req, web::Response& res, const auth::User& u, const std::string& action,
          const core::Error* err) {
  web::Page page(&req, "accounts/settings.tpl", "我的设置");
  auto& d = page.dict();
  d.SetValue("PHONE", u.phone);
  d.SetValue("USERNAME", u.username);
  web::show_verified_badge(d, u);
  if (auto url = image::avatar_url(req.db(), u.id))
    d.SetValueAndShowSection("AVATAR_URL", *url, "AVATAR");
  else
    d.ShowSection("NO_AVATAR");
  d.ShowSection(wechat::bound(req.db(), u.id) ? "WECHAT_BOUND" : "WECHAT_UNBOUND");
  bool keep = err && action == "profile";  // a failed profile form keeps what was typed
  d.SetValue("NAME", keep ? req.arg("name") : u.name);
  d.SetValue("NICKNAME", keep ? req.arg("nickname") : u.nickname);
  int type = keep ? std::atoi(req.arg("user_type").c_str()) : u.user_type;
  web::member_type_options(d, type);
  for (const auto& f : market::followed_varieties(req.db(), u.id)) {
    auto* s = d.AddSectionDictionary("FOLLOWED");
    s->SetIntValue("VARIETY_ID", f.variety_id);
    s->SetValue("VARIETY_NAME", f.name);
  }
  if (err && action == "follow") d.SetValue("FOLLOW_VARIETY", req.arg("variety"));
  std::string saved = req.param("saved");
  if (saved == "follow" || saved == "unfollow") d.ShowSection("FOLLOW_SAVED");
  if (saved == "profile") d.ShowSection("PROFILE_SAVED");
  if (saved == "password") d.ShowSection("PASSWORD_SAVED");
  if (saved == "wechat_unbind") d.ShowSection("WECHAT_UNBOUND_NOW");
  if (err) {
    // Each card shows its own error: the sections are named after the action.
    auto* card =
        d.AddSectionDictionary(action == "password"                         ? "PASSWORD_ERROR"
                               : action == "follow" || action == "unfollow" ? "FOLLOW_ERROR"
                                                                            : "PROFILE_ERROR");
    web::show_error(*card, *err);
  }
  web::render(res, page, err ? err->status : 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auth::User& u = req.require_login();
    if (!req.is_post()) return page(req, res, u, "", nullptr);
    std::string action = req.arg("action");
    try {
      if (action == "profile") {
        auth::update_profile(
            req.db(), u.id,
            {req.arg("name"), req.arg("nickname"), std::atoi(req.arg("user_type").c_str())});
      } else if (action == "password") {
        auth::change_password(req.db(), u.id, req.arg("old_password"), req.arg("password"));
        // A new session id for this browser, and every other session of the account ends:
        // whoever knew the old password (or held an old cookie) is logged out everywhere.
        long long id = u.id;  // login() drops the cached user `u` refers to
        req.login(id, req.existing_session() && req.existing_session()->remember);
        req.sessions().end_user_sessions(id, req.session().id);
      } else if (action == "wechat_unbind") {
        wechat::unbind(req.db(), u.id);
      } else if (action == "follow") {
        market::follow_variety(req.db(), u.id, req.arg("variety"));
      } else if (action == "unfollow") {
        std::string id = req.arg("variety_id");
        if (id.empty() || id.size() > 9 || id.find_first_not_of("0123456789") != std::string::npos)
          throw core::BadRequest("品种无效", "variety_id");
        market::unfollow_variety(req.db(), u.id, std::stoll(id));
      } else {
        throw core::BadRequest("未知的操作");
      }
    } catch (const core::Error& e) {
      return page(req, res, u, action, &e);
    }
    // Names, member types and followed varieties show on the public lists (buyers on the
    // purchase hall, the supplier directory).
    if (action == "profile" || action == "follow" || action == "unfollow")
      core::discard_page_copies();
    res.redirect("/my/settings?saved=" + action +
                 (action == "follow" || action == "unfollow" ? "#follow" : ""));
  });
}
