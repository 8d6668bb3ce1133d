// Read side of the marketplace: the rows the pages show, loaded with a few indexed queries.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "market/status.h"
#include "redis/client.h"

namespace market {

struct PurchaseRow {
  long long id = 0, buyer_id = 0, area_code = 0;
  std::string buyer_name, buyer_phone, area, payment_days, payment_note, sample_recipient,
      acceptance, qualifications, remark, created_at;
  std::optional<std::string> deadline;
  int pickup = 0, invoice = 0, payment = 1, sample = 0, window_days = 0, stored = 1;
  Status status{State::Open, ""};
  std::string buyer_company;  // user.name: 经营主体/姓名
  bool buyer_verified = false;
};

struct ItemRow {
  long long id = 0, purchase_id = 0, buyer_id = 0, variety_id = 0;
  std::string variety_name, spec, quantity, unit, quality, origin, price, photo, created_at,
      buyer_name, area;
  std::optional<std::string> deadline;
  int stored = 1;
  long long views = 0, quote_count = 0;
  Status status{State::Open, ""};
  std::string buyer_company;  // user.name: 经营主体/姓名
  bool buyer_verified = false;
};

struct QuoteRow {
  long long id = 0, item_id = 0, supplier_id = 0;
  std::string supplier_name, supplier_phone, price, quality, price_note, reasons, message,
      created_at, replied_at;
  int state = 0;
  bool supplier_verified = false, lowest = false;
  std::string supplier_company;  // user.name: 经营主体/姓名
};

// How marketplace pages name a member: the company (经营主体) first, then how they like to be
// called when that differs ("康美药业（王经理）"); the display name when no company is given.
std::string member_label(const std::string& company, const std::string& display_name);

struct Totals {
  long long purchases = 0, quotes = 0;
};
// Counted once per process until the next marketplace write (market/count_cache.h).
Totals totals(db::Connection& db, redis::Client& r);

// Open items, newest first (the home page's 采购直播).
std::vector<ItemRow> feed(db::Connection& db, const std::string& now, int limit);

// The hall's filters. `q` matches name, alias or pinyin initials ("hq" → 黄芪); `category` is
// 1..13; `origin` part of the origin wanted; `sort` "" (newest), "deadline" (closing soonest)
// or "quotes" (most quoted); `followed_by` a member's id for "我关注的品种" (0: everyone's).
struct Filter {
  std::string q, variety, province, status, category, origin, sort;
  long long followed_by = 0;
  int page = 1;
};
struct ResultPage {
  std::vector<ItemRow> rows;
  long long total = 0;
  int page = 1, pages = 1;
};
inline constexpr int kPageSize = 20;
// The total of matches is cached like totals(); the rows are read each time.
ResultPage search(db::Connection& db, redis::Client& r, const Filter& f, const std::string& now);

std::optional<PurchaseRow> load_purchase(db::Connection& db, long long id, const std::string& now);
std::vector<ItemRow> items_of(db::Connection& db, long long purchase_id, const std::string& now);
std::optional<ItemRow> load_item(db::Connection& db, long long id, const std::string& now);
// Quotes on an item, oldest first, lowest price (numeric) marked among those not rejected.
std::vector<QuoteRow> quotes_of_item(db::Connection& db, long long item_id);
std::optional<QuoteRow> load_quote(db::Connection& db, long long id);
// The supplier's quotes on one item (to show their own state and the buyer's phone).
std::vector<QuoteRow> quotes_by(db::Connection& db, long long item_id, long long supplier_id);

struct BuyerStats {
  long long items = 0, quotes = 0, replied = 0, accepted_items = 0;
  int reply_rate() const { return quotes ? static_cast<int>(replied * 100 / quotes) : 0; }
};
// Cached like totals(): replies, too, call lists_changed().
BuyerStats buyer_stats(db::Connection& db, redis::Client& r, long long buyer_id);

// My purchases: tab all | active | ended | closed, with the count of every tab.
struct MyPurchases {
  std::vector<PurchaseRow> rows;
  long long all = 0, active = 0, ended = 0, closed = 0;
};
// One page of a buyer's orders in `tab` (newest first) and the count of every tab.
MyPurchases my_purchases(db::Connection& db, long long buyer_id, const std::string& tab,
                         const std::string& now, int limit, int offset);
// Per item of my orders: lowest price, accepted count, unread quotes.
struct ItemQuoteSummary {
  std::string lowest;
  long long accepted = 0, unread = 0;
};
ItemQuoteSummary item_summary(db::Connection& db, long long item_id);
// The same for many items in one query (a page of orders): by item id, items without
// quotes included.
std::map<long long, ItemQuoteSummary> item_summaries(db::Connection& db,
                                                     const std::vector<long long>& item_ids);
// The items of many orders in one query: by order id, each in its order's item positions.
std::map<long long, std::vector<ItemRow>> items_of(db::Connection& db,
                                                   const std::vector<long long>& purchase_ids,
                                                   const std::string& now);

struct MyQuote {
  QuoteRow quote;
  ItemRow item;
};
// One page of a supplier's quotes, newest first, with their items.
std::vector<MyQuote> my_quotes(db::Connection& db, long long supplier_id, const std::string& now,
                               int limit, int offset);

struct Supplier {
  long long id = 0, quotes = 0;
  std::string name, member_type, since;
  bool verified = false;
  std::vector<std::string> varieties;
};
std::vector<Supplier> suppliers(db::Connection& db, int page, long long* total);
std::optional<Supplier> load_supplier(db::Connection& db, long long id);

}  // namespace market
