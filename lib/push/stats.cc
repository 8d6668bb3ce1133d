#include "push/stats.h"

#include "core/clock.h"

namespace push {
namespace {

double pct(long long part, long long whole) { return whole ? 100.0 * part / whole : 0; }

std::string month_end(const std::string& month) {
  std::string next = core::add_days(month + "-28", 4).substr(0, 7);  // some day next month
  return core::add_days(next + "-01", -1);
}

}  // namespace

bool valid_month(const std::string& month) {
  return month.size() == 7 && core::valid_date(month + "-01");
}

std::vector<WeekStats> month_stats(db::Connection& db, const std::string& month) {
  std::vector<WeekStats> out;
  std::string last = month_end(month);
  for (int w = 1; w <= 5; ++w) {
    WeekStats s;
    s.week = w;
    s.from = core::add_days(month + "-01", (w - 1) * 7);
    s.to = w == 5 ? last : core::add_days(s.from, 6);
    if (s.from > last) break;
    std::string a = s.from + " 00:00:00", b = core::add_days(s.to, 1) + " 00:00:00";
    s.new_users =
        db.query("SELECT COUNT(*) FROM user WHERE created_at >= ? AND created_at < ?", a, b)
            .one()
            .i64(0);
    s.publishers = db.query(
                         "SELECT COUNT(DISTINCT buyer_id) FROM purchase WHERE created_at >= ? "
                         "AND created_at < ?",
                         a, b)
                       .one()
                       .i64(0);
    s.quoters = db.query(
                      "SELECT COUNT(DISTINCT supplier_id) FROM quote WHERE created_at >= ? AND "
                      "created_at < ?",
                      a, b)
                    .one()
                    .i64(0);
    auto items = db.query(
                       "SELECT COUNT(*), SUM(quote_count > 0), SUM(quote_count), "
                       "AVG((SELECT TIMESTAMPDIFF(SECOND, i.created_at, MIN(q.created_at)) FROM "
                       "quote q WHERE q.item_id = i.id)), SUM(EXISTS (SELECT 1 FROM quote q WHERE "
                       "q.item_id = i.id AND q.state = 1)) FROM purchase_item i "
                       "WHERE i.created_at >= ? AND i.created_at < ?",
                       a, b)
                     .one();
    s.new_items = items.i64(0);
    s.items_quoted = pct(items.i64(1), items.i64(0));
    s.quotes_per_item = items.i64(1) ? double(items.i64(2)) / items.i64(1) : 0;
    s.hours_to_quote = items.dbl(3) / 3600;
    s.items_accepted = pct(items.i64(4), items.i64(0));
    auto quotes = db.query(
                        "SELECT COUNT(*), SUM(state <> 0), SUM(state = 1), "
                        "AVG(TIMESTAMPDIFF(SECOND, created_at, replied_at)) FROM quote "
                        "WHERE created_at >= ? AND created_at < ?",
                        a, b)
                      .one();
    s.quotes_replied = pct(quotes.i64(1), quotes.i64(0));
    s.quotes_accepted = pct(quotes.i64(2), quotes.i64(0));
    s.hours_to_reply = quotes.dbl(3) / 3600;
    out.push_back(s);
  }
  return out;
}

std::vector<PathStep> business_path(db::Connection& db, const std::string& month) {
  std::string a = month + "-01 00:00:00", b = core::add_days(month_end(month), 1) + " 00:00:00";
  auto r = db.query(
                 "SELECT COUNT(*), SUM(x.status IN (1, 2)), SUM(x.status = 2), "
                 "SUM(x.first_click_at IS NOT NULL), SUM(x.registered), SUM(x.quoted), "
                 "SUM(x.quoted AND EXISTS (SELECT 1 FROM quote q WHERE q.item_id = x.item_id "
                 "AND q.supplier_id = x.user_id AND q.state = 1)) "
                 "FROM push_recipient x JOIN push_round r ON r.id = x.round_id "
                 "WHERE r.created_at >= ? AND r.created_at < ?",
                 a, b)
               .one();
  return {{"推送", r.i64(0)}, {"发送", r.i64(1)}, {"送达", r.i64(2)}, {"点击", r.i64(3)},
          {"注册", r.i64(4)}, {"报价", r.i64(5)}, {"认可", r.i64(6)}};
}

}  // namespace push
