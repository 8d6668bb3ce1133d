// The layout's application part, installed into lib/web as its hook when a program starts:
// the admin's site settings and partner logos (lib/site, cached), the header avatar, the menus
// a user's roles open and the unread badge (lib/market). Every program links lib/app whole
// (Makefile, APP_AR): the hook is installed by this file's static initializer, so no route
// program has to remember it.
#include <ctemplate/template.h>

#include <exception>
#include <memory>

#include "auth/user.h"
#include "crm/access.h"
#include "image/use.h"
#include "market/notification.h"
#include "site/site.h"
#include "web/page.h"
#include "web/request.h"

namespace app {
namespace {

// The page still renders without them when the database or Redis cannot say.
void site_settings(web::Request& req, ctemplate::TemplateDictionary& layout) {
  std::shared_ptr<const site::Snapshot> f;
  try {
    f = site::snapshot(req.db(), req.redis());
  } catch (const std::exception&) {
    return;
  }
  const auto& s = f->settings;
  if (!s.title.empty()) layout.SetValue("SITE_NAME", s.title);
  if (!s.description.empty())
    layout.SetValueAndShowSection("DESCRIPTION", s.description, "META_DESCRIPTION");
  if (!s.keywords.empty()) layout.SetValueAndShowSection("KEYWORDS", s.keywords, "META_KEYWORDS");
  if (!s.contact.empty()) layout.SetValueAndShowSection("CONTACT", s.contact, "SITE_CONTACT");
  if (!s.icp.empty()) layout.SetValueAndShowSection("ICP", s.icp, "SITE_ICP");
  if (f->partners.empty()) return;
  auto* list = layout.AddSectionDictionary("PARTNERS");
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

// The CRM entry leads to the first CRM page the user's roles open, so no header link answers
// 403: consultants and managers land on customers, teachers on their classes.
void crm_entry(const auth::User& u, ctemplate::TemplateDictionary& d) {
  if (!u.works_in_crm()) return;
  auto* e = d.AddSectionDictionary("CRM_ENTRY");
  if (crm::sells(u)) {
    e->SetValue("CRM_URL",
                u.has_role("sales") || u.is_admin() ? "/crm/customers/mine" : "/crm/customers");
    e->SetValue("CRM_LABEL", "客户管理");
  } else if (u.has_role("teacher")) {
    e->SetValue("CRM_URL", "/crm/classes");
    e->SetValue("CRM_LABEL", "班级管理");
  } else {
    e->SetValue("CRM_URL", "/crm/wechat/bind");
    e->SetValue("CRM_LABEL", "绑定微信");
  }
}

void user_menu(web::Request& req, const auth::User& u, ctemplate::TemplateDictionary& d) {
  // The avatar comes with the user (auth::find_user joins it).
  if (image::valid_hash(u.avatar))
    d.SetValueAndShowSection("HEADER_AVATAR_URL", image::url(u.avatar, image::Use::avatar),
                             "HEADER_AVATAR");
  if (u.is_admin()) d.ShowSection("IS_ADMIN");
  if (u.is_staff()) d.ShowSection("IS_STAFF");
  crm_entry(u, d);
  // Kept on the user's card: every change of it raises the user's generation (notify,
  // mark_read, mark_notices_seen, a new notice, a new member type).
  long long n = std::atoll(
      req.card_value("unread", [&] { return std::to_string(market::unread_count(req.db(), u.id)); })
          .c_str());
  if (n > 0) d.AddSectionDictionary("UNREAD")->SetIntValue("COUNT", n > 99 ? 99 : n);
}

void layout(web::Request& req, ctemplate::TemplateDictionary& layout,
            ctemplate::TemplateDictionary* logged_in) {
  site_settings(req, layout);
  if (logged_in)
    if (const auth::User* u = req.user()) user_menu(req, *u, *logged_in);
}

[[maybe_unused]] const bool installed = (web::install_layout_hook(&layout), true);

}  // namespace
}  // namespace app
