#include "market/quote.h"

#include <algorithm>

#include "core/config.h"
#include "core/error.h"
#include "core/text.h"
#include "db/error.h"
#include "db/transact.h"
#include "market/clock.h"
#include "market/money.h"
#include "market/notification.h"
#include "market/status.h"

namespace market {
namespace {

// Raises the (user, week) counter unless it is at the quota; false when it is.
bool take_quota(db::Connection& db, long long user_id, const std::string& week, int quota) {
  db.query("INSERT IGNORE INTO quote_quota (user_id, week, used) VALUES (?, ?, 0)", user_id, week);
  auto r =
      db.query("UPDATE quote_quota SET used = used + 1 WHERE user_id = ? AND week = ? AND used < ?",
               user_id, week, quota);
  return r.affected == 1;
}

}  // namespace

std::map<std::string, std::string> check_quote(const QuoteInput& raw) {
  std::map<std::string, std::string> bad;
  auto price = core::trim(raw.price), quality = core::trim(raw.quality);
  if (price.empty())
    bad["price"] = "请填写报价";
  else if (!valid_amount(price, 8))
    bad["price"] = "报价须为大于0的数字（最多两位小数）";
  if (quality.empty())
    bad["quality"] = "请填写货品描述";
  else if (core::char_count(quality) > 2000)
    bad["quality"] = "货品描述最多2000个字";
  if (core::char_count(raw.explain) > 2000) bad["explain"] = "价格说明最多2000个字";
  return bad;
}

std::string quota_used_message(int quota) {
  return "本周报价次数已用完（每周" + std::to_string(quota) + "次），下周一恢复";
}

std::string QuoteChance::reason() const {
  if (pending) return "您对该品种的报价正等待采购商回复，回复后可再次报价";
  if (left <= 0) return quota_used_message(quota);
  return "";
}

QuoteChance quote_chance(db::Connection& db, long long supplier_id, long long item_id,
                         const std::string& now, int quota) {
  QuoteChance c;
  c.quota = quota;
  c.pending = db.query("SELECT COUNT(*) FROM quote WHERE item_id = ? AND pending_supplier = ?",
                       item_id, supplier_id)
                  .one()
                  .i64(0) > 0;
  auto used = db.query("SELECT used FROM quote_quota WHERE user_id = ? AND week = ?", supplier_id,
                       week_start(now.substr(0, 10)));
  c.left = std::max(0, quota - (used.empty() ? 0 : static_cast<int>(used.one().i64(0))));
  return c;
}

int weekly_quota() {
  return static_cast<int>(core::Config::get().num("market", "weekly_quotes", 5));
}

long long submit_quote(db::Connection& db, long long supplier_id, long long item_id,
                       const QuoteInput& raw, const std::string& now, int quota) {
  QuoteInput in{core::trim(raw.price), core::trim(raw.quality), core::trim(raw.explain),
                raw.photos};
  auto it = db.query(
      "SELECT i.purchase_id, p.buyer_id, i.variety_id, i.variety_name, i.status, p.deadline,"
      " i.unit FROM purchase_item i JOIN purchase p ON p.id = i.purchase_id WHERE i.id = ?",
      item_id);
  if (it.empty()) throw core::NotFound("采购品种不存在");
  const auto& row = it.one();
  long long purchase_id = row.i64(0), buyer_id = row.i64(1);
  std::string variety = row.str(3);
  if (buyer_id == supplier_id) throw core::Forbidden("不能给自己的采购单报价");
  if (!derive(static_cast<int>(row.i64(4)), row.opt(5), now).quotable())
    throw core::Conflict("该品种已停止报价", "not_open");
  auto bad = check_quote(in);
  for (const char* field : {"price", "quality", "explain"})  // in the form's order
    if (bad.count(field)) throw core::BadRequest(bad[field], field);

  return db::transact(db, [&](db::Transaction& tx) -> long long {
    // Same lock order as the buyer's actions (order row first): a close and a quote queue up.
    db.query("SELECT id FROM purchase WHERE id = ? FOR UPDATE", purchase_id);
    long long quote_id = 0;
    try {
      // The guard is part of the INSERT: a quote lands only while the item is open.
      auto ins = db.query(
          "INSERT INTO quote (item_id, supplier_id, price, quality, price_note, message,"
          " created_at)"
          " SELECT i.id, ?, ?, ?, ?, '', ? FROM purchase_item i JOIN purchase p"
          " ON p.id = i.purchase_id WHERE i.id = ? AND p.buyer_id <> ? AND " ITEM_QUOTABLE_SQL,
          supplier_id, in.price, in.quality, in.explain, now, item_id, supplier_id, now);
      if (ins.affected == 0) throw core::Conflict("该品种已停止报价", "not_open");
      quote_id = static_cast<long long>(ins.insert_id);
    } catch (const db::DuplicateKey&) {
      throw core::Conflict("您已对该品种报价，请等待采购商回复后再报", "pending_quote");
    }
    if (!take_quota(db, supplier_id, week_start(now.substr(0, 10)), quota))
      throw core::Conflict(quota_used_message(quota), "quota_used");
    db.query("UPDATE purchase_item SET quote_count = quote_count + 1 WHERE id = ?", item_id);
    notify(db, buyer_id, kBuyNews, "「" + variety + "」收到新报价",
           "报价 " + trim_amount(in.price) + " 元/" + price_unit(row.str(6)),
           "/quote/" + std::to_string(quote_id), now);
    for (const auto& [slot, hash] : in.photos)
      db.query("INSERT INTO quote_photo (quote_id, slot, image) VALUES (?, ?, ?)", quote_id, slot,
               hash);
    if (!row.null(2))
      db.query("INSERT IGNORE INTO followed_variety (user_id, variety_id) VALUES (?, ?)",
               supplier_id, row.i64(2));
    tx.commit();
    return quote_id;
  });
}

const char* photo_slot_name(int slot) {
  switch (slot) {
    case 1: return "手捧照";
    case 2: return "细节照";
    case 3: return "混货照";
    case 4: return "质检报告";
    default: return "其它";
  }
}

std::vector<std::pair<int, std::string>> quote_photos(db::Connection& db, long long quote_id) {
  std::vector<std::pair<int, std::string>> out;
  auto r = db.query(
      "SELECT slot, image FROM quote_photo WHERE quote_id = ? AND image IS NOT NULL ORDER BY slot",
      quote_id);
  for (const auto& row : r.rows) out.emplace_back(static_cast<int>(row.i64(0)), row.str(1));
  return out;
}

const char* quote_state_name(int state) {
  switch (state) {
    case kAccepted: return "已认可";
    case kRejected: return "未采纳";
    default: return "待回复";
  }
}

std::string reasons_text(const std::string& set) {
  std::string out;
  auto add = [&](const char* code, const char* name) {
    if (set.find(code) != std::string::npos) out += (out.empty() ? "" : "、") + std::string(name);
  };
  add("price", "价格偏高");
  add("quality", "质量不符");
  add("qualification", "资质不符");
  return out;
}

int reply(db::Connection& db, long long buyer_id, const std::vector<long long>& ids, const Reply& r,
          const std::string& now) {
  if (ids.empty()) throw core::BadRequest("请选择要回复的报价", "ids");
  if (ids.size() > 200) throw core::BadRequest("一次最多回复200条报价", "ids");
  int state = r.state == "accept" ? kAccepted : r.state == "reject" ? kRejected : -1;
  if (state < 0) throw core::BadRequest("请选择认可或不采纳", "state");
  std::string reasons;
  for (const auto& x : r.reasons) {
    std::string code = x == "价格偏高"   ? "price"
                       : x == "质量不符" ? "quality"
                       : x == "资质不符" ? "qualification"
                                         : x;
    if (code != "price" && code != "quality" && code != "qualification")
      throw core::BadRequest("不采纳原因无效", "reasons");
    if (reasons.find(code) == std::string::npos) reasons += (reasons.empty() ? "" : ",") + code;
  }
  std::string message = core::trim(r.message);
  if (state == kRejected && reasons.empty() && message.empty())
    throw core::BadRequest("请选择不采纳的原因", "reasons");
  if (state == kAccepted) reasons.clear();
  if (core::char_count(message) > 1000) throw core::BadRequest("回复内容最多1000个字", "message");

  // Ownership is read without locks (an order's buyer never changes); the guarded UPDATE below
  // decides races and locks only the quote row, so replies never deadlock with new quotes.
  std::vector<long long> unique_ids(ids);
  std::sort(unique_ids.begin(), unique_ids.end());
  unique_ids.erase(std::unique(unique_ids.begin(), unique_ids.end()), unique_ids.end());
  return db::transact(db, [&](db::Transaction& tx) -> int {
    for (long long id : unique_ids) {
      auto q = db.query(
          "SELECT p.buyer_id, q.state, q.supplier_id, i.variety_name FROM quote q"
          " JOIN purchase_item i ON i.id = q.item_id JOIN purchase p ON p.id = i.purchase_id"
          " WHERE q.id = ?",
          id);
      if (q.empty() || q.one().i64(0) != buyer_id) throw core::NotFound("报价不存在");
      if (q.one().i64(1) != kPending) throw core::Conflict("该报价已回复过", "replied");
      auto u = db.query(
          "UPDATE quote SET state = ?, reasons = ?, message = ?, replied_at = ?, buyer_read = 1"
          " WHERE id = ? AND state = ?",
          state, reasons, message, now, id, kPending);
      if (u.affected != 1) throw core::Conflict("该报价已回复过", "replied");
      std::string variety = q.one().str(3);
      std::string title = state == kAccepted ? "采购商认可了您对「" + variety + "」的报价"
                                             : "采购商未采纳您对「" + variety + "」的报价";
      std::string body = state == kRejected ? reasons_text(reasons) : "";
      if (!message.empty()) body += (body.empty() ? "" : "：") + message;
      notify(db, q.one().i64(2), kSellNews, title, body, "/quote/" + std::to_string(id), now);
    }
    tx.commit();
    return static_cast<int>(unique_ids.size());
  });
}

void mark_quotes_read(db::Connection& db, long long item_id) {
  db.query("UPDATE quote SET buyer_read = 1 WHERE item_id = ? AND buyer_read = 0", item_id);
}

void mark_quote_read(db::Connection& db, long long quote_id) {
  db.query("UPDATE quote SET buyer_read = 1 WHERE id = ?", quote_id);
}

}  // namespace market
