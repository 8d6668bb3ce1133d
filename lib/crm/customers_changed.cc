#include "crm/customers_changed.h"

#include "core/page_copy.h"

namespace crm {

void customers_changed(db::Connection& db) {
  // Keyed: an import of a thousand rows discards once.
  db.after_commit("crm customers changed", [] { core::discard_page_copies(); });
}

}  // namespace crm
