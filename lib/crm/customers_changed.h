// What the customer lists show (customers, who holds them, their follow-up dates and status)
// is kept rendered for each consultant (web::Page::own_body); every write to it calls
// customers_changed() in its transaction, and the kept pages go once that commits.
#pragma once
#include "db/connection.h"

namespace crm {

void customers_changed(db::Connection& db);

}  // namespace crm
