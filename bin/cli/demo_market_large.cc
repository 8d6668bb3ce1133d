// `yaocai demo --large`: a benchmark-sized marketplace (10 000 orders, about 15 000 items,
// 50 000 quotes from 200 members) written with set-based INSERT ... SELECT over MariaDB's
// sequence tables, in seconds. Runs once: skipped when the bench members exist.
#include <iostream>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "db/connection.h"
#include "db/transact.h"
#include "market/clock.h"
#include "market/lists_changed.h"

namespace cli {

void demo_market_large() {
  auto& db = db::local();
  if (!db.query("SELECT id FROM user WHERE username = 'bench0001'").empty()) {
    std::cout << "Large demo data already loaded\n";
    return;
  }
  auto hash = db.query("SELECT password_hash FROM user WHERE username = 'buyer'");
  std::string pw = hash.empty() ? "" : hash.one().str(0);
  std::string now = market::datetime_of(core::now());
  db::transact(db, [&](db::Transaction& tx) {
    // A multi-row insert's first id is the insert id; the rows that follow are numbered on.
    long long first = static_cast<long long>(
        db.query(
              "INSERT INTO user (phone, username, password_hash, name, user_type, verified)"
              " SELECT CONCAT('1390000', LPAD(seq, 4, '0')), CONCAT('bench', LPAD(seq, 4, '0')), ?,"
              " CONCAT('压测会员', seq), 1 + seq % 10, seq % 3 = 0 FROM seq_1_to_200",
              pw)
            .insert_id);
    // Orders spread over the last 40 days: some still open, some ended, every 10th standing.
    long long p0 = static_cast<long long>(
        db.query(
              "INSERT INTO purchase (buyer_id, area_code, province_code, invoice, payment,"
              " acceptance, remark, window_days, status, created_at, deadline)"
              " SELECT ? + seq % 200, 341602, 340000, seq % 3, 1, '', CONCAT('压测采购单 ', seq),"
              " IF(seq % 10 = 0, 0, 15), IF(seq % 25 = 0, 0, 1),"
              " ? - INTERVAL (seq % 40) DAY - INTERVAL (seq % 1440) MINUTE,"
              " IF(seq % 10 = 0, NULL, ? - INTERVAL (seq % 40) DAY - INTERVAL (seq % 1440) MINUTE"
              "   + INTERVAL 15 DAY)"
              " FROM seq_1_to_10000",
              first, now, now)
            .insert_id);
    db.query(
        "INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, spec, "
        "quantity,"
        " unit, quality, origin, price, status, created_at)"
        " SELECT p.id, n.seq, v.id, v.name, '统货', 1 + p.id % 9, IF(p.id % 2, '吨', '公斤'),"
        " '无虫蛀，无霉', '', IF(p.id % 4 = 0, NULL, 10 + p.id % 90), p.status, p.created_at"
        " FROM purchase p JOIN seq_1_to_2 n ON n.seq = 1 OR p.id % 2 = 0"
        " JOIN variety v ON v.id = 1 + (p.id * 7 + n.seq) % 300"
        " WHERE p.id >= ?",
        p0);
    // Five quotes per item on the first 10 000 items, each from a different member.
    db.query(
        "INSERT INTO quote (item_id, supplier_id, price, quality, price_note, message, state,"
        " created_at)"
        " SELECT i.id, ? + (i.id + q.seq * 37) % 200, 8 + (i.id * q.seq) % 95, '压测报价', '', '',"
        " IF(q.seq = 1, 1, IF(q.seq = 2, 2, 0)), i.created_at + INTERVAL q.seq HOUR"
        " FROM (SELECT i.id, i.created_at FROM purchase_item i JOIN purchase p"
        "       ON p.id = i.purchase_id WHERE p.id >= ? AND p.buyer_id <> 0 ORDER BY i.id LIMIT "
        "10000) i"
        " JOIN seq_1_to_5 q",
        first, p0);
    db.query(
        "UPDATE purchase_item i JOIN (SELECT item_id, COUNT(*) n FROM quote GROUP BY item_id) c"
        " ON c.item_id = i.id SET i.quote_count = c.n WHERE i.purchase_id >= ?",
        p0);
    tx.commit();
  });
  market::lists_changed();
  auto n = db.query(
      "SELECT (SELECT COUNT(*) FROM purchase), (SELECT COUNT(*) FROM purchase_item),"
      " (SELECT COUNT(*) FROM quote)");
  std::cout << "Large demo data: " << n.one().i64(0) << " orders, " << n.one().i64(1) << " items, "
            << n.one().i64(2) << " quotes\n";
}

}  // namespace cli
