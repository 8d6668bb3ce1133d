// The CRM's own menu above every CRM page: what the user's roles allow (spec §3).
#pragma once
#include <string>

#include "auth/user.h"
#include "crm/access.h"
#include "web/page.h"

namespace crm_ui {

inline void menu(web::Page& page, const auth::User& u) {
  auto* m = page.dict().AddIncludeDictionary("CRM_MENU");
  m->SetFilename("crm/menu.tpl");
  if (crm::sells(u)) m->ShowSection("SELLS");
  if (crm::manages(u)) m->ShowSection("MANAGES");
  if (u.is_admin() || u.has_role("teacher")) m->ShowSection("TEACHES");
}

}  // namespace crm_ui
