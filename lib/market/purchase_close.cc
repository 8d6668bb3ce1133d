// The buyer ends an order or one of its items: closed (关闭) or a success (采购成功); an admin
// closes an order with a reason.
#include "core/error.h"
#include "core/text.h"
#include "db/transact.h"
#include "market/notification.h"
#include "market/purchase.h"
#include "market/status.h"

namespace market {

void close_item(db::Connection& db, long long buyer_id, long long item_id) {
  auto it = db.query("SELECT purchase_id FROM purchase_item WHERE id = ?", item_id);
  if (it.empty()) throw core::NotFound("采购品种不存在");
  long long pid = it.one().i64(0);
  db::transact(db, [&](db::Transaction& tx) {
    lock_purchase(db, buyer_id, pid);
    auto r = db.query("UPDATE purchase_item SET status = ? WHERE id = ? AND status = ?", kClosed,
                      item_id, kOpen);
    if (r.affected == 0) throw core::Conflict("该品种已关闭或已结束", "not_open");
    db.query(
        "UPDATE purchase SET status = ? WHERE id = ? AND status = ? AND NOT EXISTS"
        " (SELECT 1 FROM purchase_item WHERE purchase_id = ? AND status = ?)",
        kClosed, pid, kOpen, pid, kOpen);
    tx.commit();
  });
}

namespace {

// The buyer ends an open order, and every item still open in it, as `to`.
void end_purchase(db::Connection& db, long long buyer_id, long long purchase_id, Stored to) {
  db::transact(db, [&](db::Transaction& tx) {
    if (lock_purchase(db, buyer_id, purchase_id) != kOpenOrder)
      throw core::Conflict("采购单已关闭或已结束", "not_open");
    db.query("UPDATE purchase_item SET status = ? WHERE purchase_id = ? AND status = ?", to,
             purchase_id, kOpen);
    db.query("UPDATE purchase SET status = ? WHERE id = ?", to, purchase_id);
    tx.commit();
  });
}

}  // namespace

void close_purchase(db::Connection& db, long long buyer_id, long long purchase_id) {
  end_purchase(db, buyer_id, purchase_id, kClosed);
}

void mark_success(db::Connection& db, long long buyer_id, long long purchase_id) {
  end_purchase(db, buyer_id, purchase_id, kSuccess);
}

long long close_by_admin(db::Connection& db, long long purchase_id, const std::string& reason,
                         const std::string& now) {
  std::string why = core::trim(reason);
  if (why.empty()) throw core::BadRequest("请填写关闭原因，会通知采购商", "reason");
  if (core::char_count(why) > 200) throw core::BadRequest("关闭原因最多200个字", "reason");
  return db::transact(db, [&](db::Transaction& tx) -> long long {
    auto r = db.query("SELECT buyer_id, status FROM purchase WHERE id = ? FOR UPDATE", purchase_id);
    if (r.empty()) throw core::NotFound("采购单不存在");
    long long buyer = r.one().i64(0);
    if (r.one().i64(1) != kOpenOrder) throw core::Conflict("采购单已关闭或已结束", "not_open");
    db.query("UPDATE purchase_item SET status = ? WHERE purchase_id = ? AND status = ?", kClosed,
             purchase_id, kOpen);
    db.query("UPDATE purchase SET status = ? WHERE id = ?", kClosed, purchase_id);
    std::string id = std::to_string(purchase_id);
    notify(db, buyer, kBuyNews, "您的采购单 #" + id + " 已被管理员关闭", "原因：" + why,
           "/purchase/" + id, now);
    tx.commit();
    return buyer;
  });
}

}  // namespace market
