// The hall (/purchases) and the home page's feed and totals.
#include <cctype>

#include "db/like.h"
#include "market/catalogue.h"
#include "market/count_cache.h"
#include "market/view.h"
#include "market/view_rows.h"

namespace market {

Totals totals(db::Connection& db, redis::Client& r) {
  auto v = cached_counts(r, "totals", [&] {
    auto rows = db.query("SELECT (SELECT COUNT(*) FROM purchase), (SELECT COUNT(*) FROM quote)");
    return std::vector<long long>{rows.one().i64(0), rows.one().i64(1)};
  });
  return {v.at(0), v.at(1)};
}

std::vector<ItemRow> feed(db::Connection& db, const std::string& now, int limit) {
  auto r = db.query("SELECT STRAIGHT_JOIN " ITEM_COLS ITEM_FROM " WHERE " ITEM_WAITING_SQL
                    " ORDER BY i.id DESC LIMIT ?",
                    now, limit);
  std::vector<ItemRow> out;
  for (const auto& row : r.rows) out.push_back(item_row(row, now));
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
  for (const auto& row : rows.rows) pg.rows.push_back(item_row(row, now));
  return pg;
}

}  // namespace market
