#include "market/view.h"

#include <cctype>

#include "auth/user.h"
#include "db/into.h"
#include "db/like.h"
#include "market/catalogue.h"
#include "market/count_cache.h"
#include "market/money.h"
#include "market/quote.h"

namespace market {
namespace {

// Column lists are macros so they join their queries as adjacent literals: a fixed query is
// one constant string; only the list filters append composed fragments (see search()).
// Columns of an item row with its order and buyer; item_of reads them in this order.
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

// Names of an area path read as (top, middle, bottom) columns where the top ones may be NULL
// when the code is a city or a province.
std::string area_from(const db::Row& r, size_t first) {
  std::vector<std::string> names;
  for (size_t i = first; i < first + 3; ++i)
    if (!r.null(i)) names.push_back(r.str(i));
  while (names.size() < 3) names.push_back("");
  return area_text(names[0], names[1], names[2]);
}

ItemRow item_of(db::Connection&, const db::Row& r, const std::string& now) {
  ItemRow it;
  db::into(r, it.id, it.purchase_id, it.buyer_id, it.variety_id, it.variety_name, it.spec,
           it.quantity, it.unit, it.quality, it.origin, it.price, it.photo, it.created_at,
           it.buyer_name, db::skip, it.deadline, it.stored, it.views, it.quote_count);
  it.quantity = trim_amount(it.quantity);
  it.area = r.null(14) ? (r.i64(19) ? "亲自上门看货提货" : "") : area_from(r, 20);
  it.status = derive(it.stored, it.deadline, now);
  it.buyer_company = r.str(23);
  it.buyer_verified = r.i64(24) != 0;
  return it;
}

#define QUOTE_COLS                                                                               \
  "q.id, q.item_id, q.supplier_id, u.display_name, u.phone, q.price, q.quality, q.price_note, "  \
  "q.reasons, q.message,"                                                                        \
  " q.created_at, q.replied_at, q.state, u.verified, u.name FROM quote q JOIN user u ON u.id = " \
  "q.supplier_id"

QuoteRow quote_of(const db::Row& r) {
  QuoteRow q;
  db::into(r, q.id, q.item_id, q.supplier_id, q.supplier_name, q.supplier_phone, q.price, q.quality,
           q.price_note, q.reasons, q.message, q.created_at, q.replied_at, q.state,
           q.supplier_verified, q.supplier_company);
  return q;
}

}  // namespace

std::string member_label(const std::string& company, const std::string& display_name) {
  if (company.empty() || company == display_name) return display_name;
  return company + "（" + display_name + "）";
}

Totals totals(db::Connection& db, redis::Client& r) {
  auto v = cached_counts(r, "totals", [&] {
    auto rows = db.query("SELECT (SELECT COUNT(*) FROM purchase), (SELECT COUNT(*) FROM quote)");
    return std::vector<long long>{rows.one().i64(0), rows.one().i64(1)};
  });
  return {v.at(0), v.at(1)};
}

std::vector<ItemRow> feed(db::Connection& db, const std::string& now, int limit) {
  auto r = db.query(std::string("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE ") +
                        item_state_sql("1") + " ORDER BY i.id DESC LIMIT ?",
                    now, limit);
  std::vector<ItemRow> out;
  for (const auto& row : r.rows) out.push_back(item_of(db, row, now));
  return out;
}

namespace {
// A constant ORDER BY per sort the hall offers; anything else is the newest first.
const char* order_by(const std::string& sort) {
  if (sort == "deadline") return " ORDER BY p.deadline IS NULL, p.deadline, i.id DESC";
  if (sort == "quotes") return " ORDER BY i.quote_count DESC, i.id DESC";
  return " ORDER BY i.id DESC";
}
}  // namespace

ResultPage search(db::Connection& db, redis::Client& r, const Filter& f, const std::string& now) {
  // Optional filters: each adds a constant fragment with its own placeholder and bound value;
  // no request text ever becomes SQL.
  std::string where = " WHERE 1 = 1";
  std::vector<db::Param> params;
  if (!f.q.empty()) {
    std::string like = "%" + db::like_text(f.q) + "%";
    // Pinyin initials as the suggest endpoint matches them: a prefix, in lower case.
    std::string initials = db::like_text(f.q) + "%";
    for (auto& c : initials) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    where +=
        " AND (i.variety_name LIKE ? OR i.variety_id IN"
        " (SELECT variety_id FROM variety_alias WHERE alias LIKE ?)"
        " OR i.variety_id IN (SELECT id FROM variety WHERE initials LIKE ?))";
    params.push_back(like);
    params.push_back(like);
    params.emplace_back(initials);
  }
  if (f.category.size() <= 2 && !f.category.empty() &&
      f.category.find_first_not_of("0123456789") == std::string::npos) {
    where += " AND i.variety_id IN (SELECT id FROM variety WHERE category = ?)";
    params.emplace_back(std::stoll(f.category));
  }
  if (!f.origin.empty()) {
    where += " AND i.origin LIKE ?";
    params.emplace_back("%" + db::like_text(f.origin) + "%");
  }
  if (f.followed_by) {
    where += " AND i.variety_id IN (SELECT variety_id FROM followed_variety WHERE user_id = ?)";
    params.emplace_back(f.followed_by);
  }
  if (!f.variety.empty()) {
    if (auto v = find_variety(db, f.variety)) {
      where += " AND i.variety_id = ?";
      params.push_back(v->id);
    } else {
      where += " AND i.variety_name = ?";
      params.push_back(f.variety);
    }
  }
  if (!f.province.empty() && f.province.size() <= 9 &&
      f.province.find_first_not_of("0123456789") == std::string::npos) {
    where += " AND p.province_code = ?";
    params.push_back(province_of(std::stoll(f.province)));
  }
  std::string st = item_state_sql(f.status);
  if (!st.empty()) {
    where += " AND " + st;
    if (item_state_needs_now(f.status)) params.push_back(now);
  }
  ResultPage pg;
  // The count needs neither the buyer nor the area names.
  // The filter's values name the count ('\x1f' cannot come from a form field).
  std::string key = "search\x1f" + f.q + "\x1f" + f.variety + "\x1f" + f.province + "\x1f" +
                    f.status + "\x1f" + f.category + "\x1f" + f.origin + "\x1f" +
                    std::to_string(f.followed_by);
  pg.total = cached_count(r, key, [&] {
    return db
        .exec(std::string("SELECT COUNT(*) FROM purchase_item i JOIN purchase p"
                          " ON p.id = i.purchase_id") +
                  where,
              params)
        .one()
        .i64(0);
  });
  pg.pages = static_cast<int>((pg.total + kPageSize - 1) / kPageSize);
  if (pg.pages < 1) pg.pages = 1;
  pg.page = f.page < 1 ? 1 : (f.page > pg.pages ? pg.pages : f.page);
  auto list = params;
  // Built in place: moving a temporary Param trips GCC 12's -Wmaybe-uninitialized.
  list.emplace_back(kPageSize);
  list.emplace_back((pg.page - 1) * kPageSize);
  auto rows = db.exec(std::string("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM) + where +
                          order_by(f.sort) + " LIMIT ? OFFSET ?",
                      list);
  for (const auto& row : rows.rows) pg.rows.push_back(item_of(db, row, now));
  return pg;
}

namespace {
#define PURCHASE_COLS                                                                        \
  "p.id, p.buyer_id, u.display_name, u.phone,"                                               \
  " p.area_code, p.pickup, p.invoice, p.payment, p.payment_days, p.payment_note, p.sample,"  \
  " p.sample_recipient, p.acceptance, p.qualifications, p.remark, p.window_days, p.status,"  \
  " p.created_at, p.deadline, a1.name, a2.name, a3.name, u.name, u.verified FROM purchase p" \
  " JOIN user u ON u.id = p.buyer_id LEFT JOIN area a3 ON a3.code = p.area_code"             \
  " LEFT JOIN area a2 ON a2.code = a3.parent_code LEFT JOIN area a1 ON a1.code = a2.parent_code"

PurchaseRow purchase_of(db::Connection&, const db::Row& r, const std::string& now) {
  PurchaseRow p;
  db::into(r, p.id, p.buyer_id, p.buyer_name, p.buyer_phone, p.area_code, p.pickup, p.invoice,
           p.payment, p.payment_days, p.payment_note, p.sample, p.sample_recipient, p.acceptance,
           p.qualifications, p.remark, p.window_days, p.stored, p.created_at, p.deadline);
  p.area = r.null(4) ? "亲自上门看货提货" : area_from(r, 19);
  p.status = derive(p.stored, p.deadline, now);
  p.buyer_company = r.str(22);
  p.buyer_verified = r.i64(23) != 0;
  return p;
}
}  // namespace

std::optional<PurchaseRow> load_purchase(db::Connection& db, long long id, const std::string& now) {
  auto r = db.query("SELECT " PURCHASE_COLS " WHERE p.id = ?", id);
  if (r.empty()) return std::nullopt;
  return purchase_of(db, r.one(), now);
}

std::vector<ItemRow> items_of(db::Connection& db, long long purchase_id, const std::string& now) {
  auto r = db.query("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM
                    " WHERE i.purchase_id = ? ORDER BY i.position",
                    purchase_id);
  std::vector<ItemRow> out;
  for (const auto& row : r.rows) out.push_back(item_of(db, row, now));
  return out;
}

std::optional<ItemRow> load_item(db::Connection& db, long long id, const std::string& now) {
  auto r = db.query("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE i.id = ?", id);
  if (r.empty()) return std::nullopt;
  return item_of(db, r.one(), now);
}

std::vector<QuoteRow> quotes_of_item(db::Connection& db, long long item_id) {
  auto r = db.query("SELECT " QUOTE_COLS " WHERE q.item_id = ? ORDER BY q.id", item_id);
  auto out = db::all(r, quote_of);
  std::string lowest;
  for (const auto& q : out)
    if (q.state != kRejected && (lowest.empty() || less_amount(q.price, lowest))) lowest = q.price;
  for (auto& q : out)
    q.lowest = q.state != kRejected && !lowest.empty() && !less_amount(lowest, q.price);
  return out;
}

std::optional<QuoteRow> load_quote(db::Connection& db, long long id) {
  return db::first(db.query("SELECT " QUOTE_COLS " WHERE q.id = ?", id), quote_of);
}

std::vector<QuoteRow> quotes_by(db::Connection& db, long long item_id, long long supplier_id) {
  return db::all(
      db.query("SELECT " QUOTE_COLS " WHERE q.item_id = ? AND q.supplier_id = ? ORDER BY q.id",
               item_id, supplier_id),
      quote_of);
}

BuyerStats buyer_stats(db::Connection& db, redis::Client& r, long long buyer_id) {
  auto v = cached_counts(r, "buyer\x1f" + std::to_string(buyer_id), [&] {
    auto rows = db.query(
        "SELECT COUNT(DISTINCT i.id), COUNT(q.id), COALESCE(SUM(q.state <> 0), 0),"
        " COUNT(DISTINCT CASE WHEN q.state = 1 THEN i.id END)"
        " FROM purchase p JOIN purchase_item i ON i.purchase_id = p.id"
        " LEFT JOIN quote q ON q.item_id = i.id WHERE p.buyer_id = ?",
        buyer_id);
    const auto& row = rows.one();
    return std::vector<long long>{row.i64(0), row.i64(1), row.i64(2), row.i64(3)};
  });
  return {v.at(0), v.at(1), v.at(2), v.at(3)};
}

MyPurchases my_purchases(db::Connection& db, long long buyer_id, const std::string& tab,
                         const std::string& now) {
  // The tabs: 进行中 = open before the deadline; 已结束 = deadline passed or 采购成功; 关闭.
  const char* active = "p.status = 1 AND (p.deadline IS NULL OR p.deadline > ?)";
  const char* ended = "(p.status = 3 OR (p.status = 1 AND p.deadline <= ?))";
  MyPurchases m;
  auto c = db.query(std::string("SELECT COUNT(*), COALESCE(SUM(") + active +
                        "), 0), COALESCE(SUM(" + ended +
                        "), 0), COALESCE(SUM(p.status = 0), 0) FROM purchase p"
                        " WHERE p.buyer_id = ?",
                    now, now, buyer_id);
  m.all = c.one().i64(0);
  m.active = c.one().i64(1);
  m.ended = c.one().i64(2);
  m.closed = c.one().i64(3);
  std::string where = " WHERE p.buyer_id = ?";
  std::vector<db::Param> params{buyer_id};
  if (tab == "active") {
    where += std::string(" AND ") + active;
    params.push_back(now);
  } else if (tab == "ended") {
    where += std::string(" AND ") + ended;
    params.push_back(now);
  } else if (tab == "closed") {
    where += " AND p.status = 0";
  }
  auto r = db.exec(std::string("SELECT " PURCHASE_COLS) + where + " ORDER BY p.id DESC LIMIT 50",
                   params);
  for (const auto& row : r.rows) m.rows.push_back(purchase_of(db, row, now));
  return m;
}

namespace {

// "(?, ?, ?)" for `n` values, and the values as parameters: a list of ids bound one by one.
std::string placeholders(size_t n) {
  std::string out = "(";
  for (size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out + ")";
}

std::vector<db::Param> id_params(const std::vector<long long>& ids) {
  std::vector<db::Param> out;
  out.reserve(ids.size());
  for (long long id : ids) out.emplace_back(id);
  return out;
}

}  // namespace

std::map<long long, std::vector<ItemRow>> items_of(db::Connection& db,
                                                   const std::vector<long long>& purchase_ids,
                                                   const std::string& now) {
  std::map<long long, std::vector<ItemRow>> out;
  if (purchase_ids.empty()) return out;
  auto r =
      db.exec(std::string("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE i.purchase_id IN ") +
                  placeholders(purchase_ids.size()) + " ORDER BY i.purchase_id, i.position",
              id_params(purchase_ids));
  for (const auto& row : r.rows) {
    auto it = item_of(db, row, now);
    out[it.purchase_id].push_back(std::move(it));
  }
  return out;
}

std::map<long long, ItemQuoteSummary> item_summaries(db::Connection& db,
                                                     const std::vector<long long>& item_ids) {
  std::map<long long, ItemQuoteSummary> out;
  if (item_ids.empty()) return out;
  for (long long id : item_ids) out[id];
  auto r = db.exec(std::string("SELECT item_id, MIN(CASE WHEN state <> 2 THEN price END),"
                               " COALESCE(SUM(state = 1), 0), COALESCE(SUM(buyer_read = 0), 0)"
                               " FROM quote WHERE item_id IN ") +
                       placeholders(item_ids.size()) + " GROUP BY item_id",
                   id_params(item_ids));
  for (const auto& row : r.rows)
    out[row.i64(0)] = {row.null(1) ? "" : row.str(1), row.i64(2), row.i64(3)};
  return out;
}

ItemQuoteSummary item_summary(db::Connection& db, long long item_id) {
  auto r = db.query(
      "SELECT MIN(CASE WHEN state <> 2 THEN price END), COALESCE(SUM(state = 1), 0),"
      " COALESCE(SUM(buyer_read = 0), 0) FROM quote WHERE item_id = ?",
      item_id);
  return {r.one().null(0) ? "" : r.one().str(0), r.one().i64(1), r.one().i64(2)};
}

std::vector<MyQuote> my_quotes(db::Connection& db, long long supplier_id, const std::string& now) {
  auto r = db.query("SELECT " QUOTE_COLS " WHERE q.supplier_id = ? ORDER BY q.id DESC LIMIT 100",
                    supplier_id);
  std::vector<QuoteRow> quotes;
  std::vector<long long> item_ids;
  for (const auto& row : r.rows) {
    quotes.push_back(quote_of(row));
    item_ids.push_back(quotes.back().item_id);
  }
  // Their items in one query, not one per quote.
  std::map<long long, ItemRow> items;
  if (!item_ids.empty()) {
    auto ir = db.exec(std::string("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE i.id IN ") +
                          placeholders(item_ids.size()),
                      id_params(item_ids));
    for (const auto& row : ir.rows) {
      auto it = item_of(db, row, now);
      items.emplace(it.id, std::move(it));
    }
  }
  std::vector<MyQuote> out;
  for (auto& q : quotes)
    if (auto it = items.find(q.item_id); it != items.end()) out.push_back({q, it->second});
  return out;
}

}  // namespace market
