#include "admin/purchases.h"

#include "core/text.h"
#include "db/into.h"
#include "db/like.h"

namespace admin {

std::vector<PurchaseLine> purchases(db::Connection& db, const std::string& q, int limit,
                                    int offset) {
// The item names come with the row (GROUP_CONCAT over the order's few items). Macros glued to
// each query at compile time (adjacent literals): every statement is one constant.
#define PURCHASE_LINE_SELECT                                                       \
  "SELECT p.id, p.buyer_id, u.display_name, u.phone, p.created_at, p.status,"      \
  " COUNT(i.id), GROUP_CONCAT(i.variety_name ORDER BY i.position SEPARATOR '、')" \
  " FROM purchase p JOIN user u ON u.id = p.buyer_id"                              \
  " LEFT JOIN purchase_item i ON i.purchase_id = p.id"
#define PURCHASE_LINE_PAGE " GROUP BY p.id ORDER BY p.id DESC LIMIT ? OFFSET ?"
  std::string term = core::trim(q);
  db::Result r;
  if (term.empty()) {
    r = db.query(PURCHASE_LINE_SELECT PURCHASE_LINE_PAGE, limit + 1, offset);
  } else {
    std::string like = "%" + db::like_text(term) + "%";
    long long id = term.find_first_not_of("0123456789") == std::string::npos && term.size() < 18
                       ? std::stoll(term)
                       : 0;
    r = db.query(PURCHASE_LINE_SELECT
                 " WHERE p.id = ? OR u.phone LIKE ? OR u.name LIKE ?" PURCHASE_LINE_PAGE,
                 id, like, like, limit + 1, offset);
  }
  std::vector<PurchaseLine> out;
  for (const auto& row : r.rows) {
    PurchaseLine l;
    db::into(row, l.id, l.buyer_id, l.buyer, l.phone, l.created_at, l.status, l.items, l.varieties);
    l.created_at = l.created_at.substr(0, 16);  // to the minute
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace admin
