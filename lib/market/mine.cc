// A member's own lists: my purchases with their quote summaries, my quotes, buyer stats.
#include "db/in_list.h"
#include "market/count_cache.h"
#include "market/quote.h"
#include "market/status.h"
#include "market/view.h"
#include "market/view_rows.h"

namespace market {

BuyerStats buyer_stats(db::Connection& db, redis::Client& r, long long buyer_id) {
  auto v = cached_counts(r, "buyer\x1f" + std::to_string(buyer_id), [&] {
    auto rows = db.query(
        "SELECT COUNT(DISTINCT i.id), COUNT(q.id),"
        " COALESCE(SUM(q.state <> " QUOTE_PENDING
        "), 0),"
        " COUNT(DISTINCT CASE WHEN q.state = " QUOTE_ACCEPTED
        " THEN i.id END)"
        " FROM purchase p JOIN purchase_item i ON i.purchase_id = p.id"
        " LEFT JOIN quote q ON q.item_id = i.id WHERE p.buyer_id = ?",
        buyer_id);
    const auto& row = rows.one();
    return std::vector<long long>{row.i64(0), row.i64(1), row.i64(2), row.i64(3)};
  });
  return {v.at(0), v.at(1), v.at(2), v.at(3)};
}

// The tabs of my purchases: 进行中 = open before the deadline (one `?`, now); 已结束 = deadline
// passed (one `?`, now) or 采购成功; 关闭. Each tab's list is one constant statement.
#define ACTIVE_SQL "p.status = " STORED_OPEN " AND (p.deadline IS NULL OR p.deadline > ?)"
#define ENDED_SQL \
  "(p.status = " STORED_SUCCESS " OR (p.status = " STORED_OPEN " AND p.deadline <= ?))"
#define CLOSED_SQL "p.status = " STORED_CLOSED
#define MINE_SELECT "SELECT " PURCHASE_COLS " WHERE p.buyer_id = ?"
#define MINE_ORDER " ORDER BY p.id DESC LIMIT ? OFFSET ?"

MyPurchases my_purchases(db::Connection& db, long long buyer_id, const std::string& tab,
                         const std::string& now, int limit, int offset) {
  MyPurchases m;
  auto c = db.query("SELECT COUNT(*), COALESCE(SUM(" ACTIVE_SQL "), 0), COALESCE(SUM(" ENDED_SQL
                    "), 0),"
                    " COALESCE(SUM(" CLOSED_SQL "), 0) FROM purchase p WHERE p.buyer_id = ?",
                    now, now, buyer_id);
  m.all = c.one().i64(0);
  m.active = c.one().i64(1);
  m.ended = c.one().i64(2);
  m.closed = c.one().i64(3);
  auto r = tab == "active"
               ? db.query(MINE_SELECT " AND " ACTIVE_SQL MINE_ORDER, buyer_id, now, limit, offset)
           : tab == "ended"
               ? db.query(MINE_SELECT " AND " ENDED_SQL MINE_ORDER, buyer_id, now, limit, offset)
           : tab == "closed"
               ? db.query(MINE_SELECT " AND " CLOSED_SQL MINE_ORDER, buyer_id, limit, offset)
               : db.query(MINE_SELECT MINE_ORDER, buyer_id, limit, offset);
  for (const auto& row : r.rows) m.rows.push_back(purchase_row(row, now));
  return m;
}

std::map<long long, std::vector<ItemRow>> items_of(db::Connection& db,
                                                   const std::vector<long long>& purchase_ids,
                                                   const std::string& now) {
  std::map<long long, std::vector<ItemRow>> out;
  if (purchase_ids.empty()) return out;
  auto r = db::each_in(db, "SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE i.purchase_id IN ",
                       {}, db::params_of(purchase_ids), " ORDER BY i.purchase_id, i.position");
  for (const auto& row : r.rows) {
    auto it = item_row(row, now);
    out[it.purchase_id].push_back(std::move(it));
  }
  return out;
}

std::map<long long, ItemQuoteSummary> item_summaries(db::Connection& db,
                                                     const std::vector<long long>& item_ids) {
  std::map<long long, ItemQuoteSummary> out;
  if (item_ids.empty()) return out;
  for (long long id : item_ids) out[id];
  auto r = db::each_in(db,
                       "SELECT item_id, MIN(CASE WHEN state <> " QUOTE_REJECTED
                       " THEN price END),"
                       " COALESCE(SUM(state = " QUOTE_ACCEPTED
                       "), 0),"
                       " COALESCE(SUM(buyer_read = 0), 0)"
                       " FROM quote WHERE item_id IN ",
                       {}, db::params_of(item_ids), " GROUP BY item_id");
  for (const auto& row : r.rows)
    out[row.i64(0)] = {row.null(1) ? "" : row.str(1), row.i64(2), row.i64(3)};
  return out;
}

ItemQuoteSummary item_summary(db::Connection& db, long long item_id) {
  auto r = db.query("SELECT MIN(CASE WHEN state <> " QUOTE_REJECTED
                    " THEN price END),"
                    " COALESCE(SUM(state = " QUOTE_ACCEPTED
                    "), 0),"
                    " COALESCE(SUM(buyer_read = 0), 0) FROM quote WHERE item_id = ?",
                    item_id);
  return {r.one().null(0) ? "" : r.one().str(0), r.one().i64(1), r.one().i64(2)};
}

std::vector<MyQuote> my_quotes(db::Connection& db, long long supplier_id, const std::string& now,
                               int limit, int offset) {
  auto r =
      db.query("SELECT " QUOTE_COLS " WHERE q.supplier_id = ? ORDER BY q.id DESC LIMIT ? OFFSET ?",
               supplier_id, limit, offset);
  std::vector<QuoteRow> quotes;
  std::vector<long long> item_ids;
  for (const auto& row : r.rows) {
    quotes.push_back(quote_row(row));
    item_ids.push_back(quotes.back().item_id);
  }
  // Their items in one query, not one per quote.
  std::map<long long, ItemRow> items;
  auto ir = db::each_in(db, "SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE i.id IN ", {},
                        db::params_of(item_ids));
  for (const auto& row : ir.rows) {
    auto it = item_row(row, now);
    items.emplace(it.id, std::move(it));
  }
  std::vector<MyQuote> out;
  for (auto& q : quotes)
    if (auto it = items.find(q.item_id); it != items.end()) out.push_back({q, it->second});
  return out;
}

}  // namespace market
