#include "crm/access.h"

#include "core/error.h"

namespace crm {

bool manages(const auth::User& u) { return u.is_admin() || u.has_role("sales_manager"); }

bool sells(const auth::User& u) { return manages(u) || u.has_role("sales"); }

void authorize_view(const auth::User& u, const Customer& c, const Policy& p,
                    const std::string& today) {
  if (manages(u)) return;
  if (!u.has_role("sales")) throw core::Forbidden();
  if (c.is_public(p, today)) return;
  if (c.consultant_id != u.id) throw core::Forbidden("该客户不是你的客户，无权查看");
}

}  // namespace crm
