// Who may see a customer: its holder while it is private, every consultant while it is in
// the public pool, managers and admins always. Teachers and others never.
#pragma once
#include <string>

#include "auth/user.h"
#include "crm/customer.h"

namespace crm {

bool manages(const auth::User& u);
bool sells(const auth::User& u);

// Throws core::Forbidden unless `u` may open `c` today.
void authorize_view(const auth::User& u, const Customer& c, const Policy& p,
                    const std::string& today);

}  // namespace crm
