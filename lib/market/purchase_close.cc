// The buyer ends an order or one of its items: closed (关闭) or a success (采购成功).
#include "core/error.h"
#include "db/transact.h"
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

}  // namespace market
