// How the marketplace's read side (market/view.h) selects and reads its rows: the column
// lists, joined to each query as adjacent literals so a fixed query stays one constant string,
// and the readers that turn a row of those columns into ItemRow, QuoteRow and PurchaseRow.
// Shared by the hall (hall.cc), the order pages (view.cc) and the member's own lists (mine.cc).
#pragma once
#include <string>

#include "db/result.h"
#include "market/view.h"

// Only the hall's filters append composed fragments (see search() in hall.cc).
// Columns of an item row with its order and buyer; item_row reads them in this order.
#define ITEM_COLS                                                                              \
  "i.id, i.purchase_id, p.buyer_id, i.variety_id, i.variety_name, i.spec, i.quantity, i.unit," \
  " i.quality, i.origin, i.price, i.photo, i.created_at, u.display_name, p.area_code, "        \
  "p.deadline, i.status, i.views, i.quote_count,"                                              \
  " p.pickup, a1.name, a2.name, a3.name, u.name, u.verified"
// The delivery area's three levels come with the row (no query per row). Item queries use
// STRAIGHT_JOIN: items first (their index gives the order), the optimizer otherwise starts
// from the small user table and sorts.
#define ITEM_FROM                                                                                  \
  " FROM purchase_item i JOIN purchase p ON p.id = i.purchase_id JOIN user u ON u.id = p.buyer_id" \
  " LEFT JOIN area a3 ON a3.code = p.area_code LEFT JOIN area a2 ON a2.code = a3.parent_code"      \
  " LEFT JOIN area a1 ON a1.code = a2.parent_code"

#define QUOTE_COLS                                                                               \
  "q.id, q.item_id, q.supplier_id, u.display_name, u.phone, q.price, q.quality, q.price_note, "  \
  "q.reasons, q.message,"                                                                        \
  " q.created_at, q.replied_at, q.state, u.verified, u.name FROM quote q JOIN user u ON u.id = " \
  "q.supplier_id"

#define PURCHASE_COLS                                                                        \
  "p.id, p.buyer_id, u.display_name, u.phone,"                                               \
  " p.area_code, p.pickup, p.invoice, p.payment, p.payment_days, p.payment_note, p.sample,"  \
  " p.sample_recipient, p.acceptance, p.qualifications, p.remark, p.window_days, p.status,"  \
  " p.created_at, p.deadline, a1.name, a2.name, a3.name, u.name, u.verified FROM purchase p" \
  " JOIN user u ON u.id = p.buyer_id LEFT JOIN area a3 ON a3.code = p.area_code"             \
  " LEFT JOIN area a2 ON a2.code = a3.parent_code LEFT JOIN area a1 ON a1.code = a2.parent_code"

namespace market {

// A row of ITEM_COLS ITEM_FROM; `now` decides the derived status.
ItemRow item_row(const db::Row& r, const std::string& now);
// A row of QUOTE_COLS.
QuoteRow quote_row(const db::Row& r);
// A row of PURCHASE_COLS.
PurchaseRow purchase_row(const db::Row& r, const std::string& now);

}  // namespace market
