// The order pages: an order, its items and the quotes on them.
#include "market/view.h"

#include "db/into.h"
#include "market/money.h"
#include "market/quote.h"
#include "market/view_rows.h"

namespace market {

std::string member_label(const std::string& company, const std::string& display_name) {
  if (company.empty() || company == display_name) return display_name;
  return company + "（" + display_name + "）";
}

std::optional<PurchaseRow> load_purchase(db::Connection& db, long long id, const std::string& now) {
  auto r = db.query("SELECT " PURCHASE_COLS " WHERE p.id = ?", id);
  if (r.empty()) return std::nullopt;
  return purchase_row(r.one(), now);
}

std::vector<ItemRow> items_of(db::Connection& db, long long purchase_id, const std::string& now) {
  auto r = db.query("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM
                    " WHERE i.purchase_id = ? ORDER BY i.position",
                    purchase_id);
  std::vector<ItemRow> out;
  for (const auto& row : r.rows) out.push_back(item_row(row, now));
  return out;
}

std::optional<ItemRow> load_item(db::Connection& db, long long id, const std::string& now) {
  auto r = db.query("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE i.id = ?", id);
  if (r.empty()) return std::nullopt;
  return item_row(r.one(), now);
}

std::vector<QuoteRow> quotes_of_item(db::Connection& db, long long item_id) {
  auto r = db.query("SELECT " QUOTE_COLS " WHERE q.item_id = ? ORDER BY q.id", item_id);
  auto out = db::all(r, quote_row);
  std::string lowest;
  for (const auto& q : out)
    if (q.state != kRejected && (lowest.empty() || less_amount(q.price, lowest))) lowest = q.price;
  for (auto& q : out)
    q.lowest = q.state != kRejected && !lowest.empty() && !less_amount(lowest, q.price);
  return out;
}

std::optional<QuoteRow> load_quote(db::Connection& db, long long id) {
  return db::first(db.query("SELECT " QUOTE_COLS " WHERE q.id = ?", id), quote_row);
}

std::vector<QuoteRow> quotes_by(db::Connection& db, long long item_id, long long supplier_id) {
  return db::all(
      db.query("SELECT " QUOTE_COLS " WHERE q.item_id = ? AND q.supplier_id = ? ORDER BY q.id",
               item_id, supplier_id),
      quote_row);
}

}  // namespace market
