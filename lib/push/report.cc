#include "push/report.h"

#include "core/error.h"
#include "db/into.h"

namespace push {
namespace {

RoundRow round_of(const db::Row& x) {
  RoundRow r;
  db::into(x, r.id, r.item_id, r.purchase_id, r.variety, r.channel, r.reason, r.created_at,
           r.round_no, r.recipients, r.pushed, r.delivered, r.clicked, r.quoted, r.registered,
           r.waiting);
  return r;
}

// Glued to each query at compile time (adjacent literals): every statement is one constant.
#define ROUND_SELECT                                                                           \
  "SELECT r.id, r.item_id, i.purchase_id, i.variety_name, r.channel, r.reason, r.created_at, " \
  "r.round_no, COUNT(x.id), SUM(x.status IN (1, 2)), SUM(x.status = 2), "                      \
  "SUM(x.first_click_at IS NOT NULL), SUM(x.quoted), SUM(x.registered), SUM(x.status = 0) "    \
  "FROM push_round r JOIN purchase_item i ON i.id = r.item_id "                                \
  "LEFT JOIN push_recipient x ON x.round_id = r.id "

}  // namespace

const char* status_name(int status) {
  switch (status) {
    case 0: return "待发送";
    case 1: return "已发送";
    case 2: return "已送达";
    case 3: return "发送失败";
    case 4: return "已退订";
  }
  return "未知";
}

std::vector<RoundRow> rounds(db::Connection& db, std::optional<long long> item_id, int limit) {
  db::Result res =
      item_id
          ? db.query(ROUND_SELECT "WHERE r.item_id = ? GROUP BY r.id ORDER BY r.id DESC LIMIT ?",
                     *item_id, limit)
          : db.query(ROUND_SELECT "GROUP BY r.id ORDER BY r.id DESC LIMIT ?", limit);
  return db::all(res, round_of);
}

RoundRow round_row(db::Connection& db, long long round_id) {
  auto res = db.query(ROUND_SELECT "WHERE r.id = ? GROUP BY r.id", round_id);
  if (res.empty()) throw core::NotFound("推送轮次不存在");
  return round_of(res.one());
}

std::vector<RecipientRow> recipients(db::Connection& db, long long round_id) {
  return db::all(
      db.query("SELECT x.id, COALESCE(x.user_id, 0), COALESCE(x.lead_id, 0), x.clicks, "
               "COALESCE(NULLIF(u.name, ''), NULLIF(l.name, ''), ''), x.address, x.status, "
               "COALESCE(x.sent_at, ''), COALESCE(x.delivered_at, ''), "
               "COALESCE(x.first_click_at, ''), x.quoted, x.registered "
               "FROM push_recipient x LEFT JOIN user u ON u.id = x.user_id "
               "LEFT JOIN supplier_lead l ON l.id = x.lead_id WHERE x.round_id = ? "
               "ORDER BY x.id",
               round_id),
      [](const db::Row& x) {
        RecipientRow r;
        db::into(x, r.id, r.user_id, r.lead_id, r.clicks, r.who, r.address, db::skip, r.sent_at,
                 r.delivered_at, r.first_click_at, r.quoted, r.registered);
        r.status = status_name(static_cast<int>(x.i64(6)));
        return r;
      });
}

}  // namespace push
