// The 身份真实 badge (user.verified, set by an admin after checking identity documents), for
// every page that shows a member: settings, supplier directory and profile, quotes...
//
// In the template put `{{>VERIFIED_BADGE}}` where the badge belongs (next to the name); call
// show_verified_badge on that dictionary (a page's or a list row's). Unverified: nothing shows.
#pragma once
#include <ctemplate/template.h>

#include "auth/user.h"

namespace web {

// Fills the VERIFIED_BADGE include (templates/layout/verified_badge.tpl) when `verified`. A page
// that shows two members in one dictionary (a buyer and a supplier) names the second one's
// include, e.g. "BUYER_BADGE" for `{{>BUYER_BADGE}}`.
void show_verified_badge(ctemplate::TemplateDictionary& d, bool verified,
                         const char* include = "VERIFIED_BADGE");
inline void show_verified_badge(ctemplate::TemplateDictionary& d, const auth::User& u) {
  show_verified_badge(d, u.verified);
}

}  // namespace web
