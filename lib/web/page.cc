#include "web/page.h"

#include <filesystem>
#include <stdexcept>

#include "core/config.h"
#include "image/use.h"
#include "market/notification.h"
#include "site/site.h"
#include "web/request.h"
#include "web/response.h"

namespace web {

Page::Page(Request* req, const std::string& tpl, const std::string& title)
    : req_(req), root_("layout") {
  body_ = root_.AddIncludeDictionary("BODY");
  body_->SetFilename(tpl);
  root_.SetValue("TITLE", title);
  root_.SetValue("SITE_NAME", core::Config::get().str("site", "name", "药材购"));
}

void Page::script(const std::string& src) {
  root_.AddSectionDictionary("SCRIPT")->SetValue("SRC", src);
}

// Admin settings and partner logos (lib/site, cached); the page still renders without them.
void Page::fill_site() {
  std::shared_ptr<const site::Frame> f;
  try {
    f = site::frame(req_->db(), req_->redis());
  } catch (const std::exception&) {
    return;
  }
  const auto& s = f->settings;
  if (!s.title.empty()) root_.SetValue("SITE_NAME", s.title);
  if (!s.description.empty())
    root_.SetValueAndShowSection("DESCRIPTION", s.description, "META_DESCRIPTION");
  if (!s.keywords.empty()) root_.SetValueAndShowSection("KEYWORDS", s.keywords, "META_KEYWORDS");
  if (!s.contact.empty()) root_.SetValueAndShowSection("CONTACT", s.contact, "SITE_CONTACT");
  if (f->partners.empty()) return;
  auto* list = root_.AddSectionDictionary("PARTNERS");
  for (const auto& p : f->partners) {
    auto* d = list->AddSectionDictionary("PARTNER");
    d->SetValue("NAME", p.name);
    d->SetValue("LINK", p.link.empty() ? "#" : p.link);
    if (!p.logo.empty())
      d->SetValueAndShowSection("LOGO", image::url(p.logo, image::Use::logo), "HAS_LOGO");
    else
      d->ShowSection("NO_LOGO");
  }
}

std::string Page::render() {
  if (req_ && lookup_user) fill_site();
  if (req_ && lookup_user) {
    if (const auth::User* u = req_->user()) {
      auto* d = root_.AddSectionDictionary("LOGGED_IN");
      d->SetValue("USER_NAME", u->display_name());
      // The avatar comes with the user (auth::find_user joins it).
      if (image::valid_hash(u->avatar))
        d->SetValueAndShowSection("HEADER_AVATAR_URL", image::url(u->avatar, image::Use::avatar),
                                  "HEADER_AVATAR");
      d->SetValue("CSRF", req_->csrf_token());
      if (u->is_admin()) d->ShowSection("IS_ADMIN");
      bool staff = u->is_admin() || u->has_role("staff") || u->has_role("sales") ||
                   u->has_role("sales_manager") || u->has_role("teacher");
      if (staff) d->ShowSection("IS_STAFF");
      if (u->is_admin() || u->has_role("sales") || u->has_role("sales_manager") ||
          u->has_role("teacher"))
        d->ShowSection("IS_CRM");
      root_.SetValueAndShowSection("CSRF_TOKEN", req_->csrf_token(), "CSRF_META");
      if (long long n = market::unread_count(req_->db(), u->id); n > 0)
        d->AddSectionDictionary("UNREAD")->SetIntValue("COUNT", n > 99 ? 99 : n);
    } else {
      root_.AddSectionDictionary("LOGGED_OUT")->SetValue("NEXT", req_->uri());
    }
  }
  std::string out;
  if (!ctemplate::ExpandTemplate("layout/page.tpl", ctemplate::DO_NOT_STRIP, &root_, &out))
    throw std::runtime_error("template expansion failed for " + std::string(body_->name()));
  return out;
}

void render(Response& res, Page& page, int status) { res.html(page.render(), status); }

void load_templates(const std::string& dir) {
  auto* cache = ctemplate::mutable_default_template_cache();
  cache->SetTemplateRootDirectory(dir);
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".tpl") continue;
    auto rel = std::filesystem::relative(e.path(), dir).string();
    if (!cache->LoadTemplate(rel, ctemplate::DO_NOT_STRIP))
      throw std::runtime_error("template does not parse: " + rel);
  }
  cache->Freeze();
}

}  // namespace web
