#include "push/report.h"

#include "core/error.h"

namespace push {
namespace {

const char* kRoundSql =
    "SELECT r.id, r.item_id, i.purchase_id, i.variety_name, r.channel, r.reason, r.created_at, "
    "r.round_no, COUNT(x.id), SUM(x.status IN (1, 2)), SUM(x.status = 2), "
    "SUM(x.first_click_at IS NOT NULL), SUM(x.quoted), SUM(x.registered), SUM(x.status = 0) "
    "FROM push_round r JOIN purchase_item i ON i.id = r.item_id "
    "LEFT JOIN push_recipient x ON x.round_id = r.id ";

RoundRow round_of(const db::Row& x) {
  RoundRow r;
  r.id = x.i64(0);
  r.item_id = x.i64(1);
  r.purchase_id = x.i64(2);
  r.variety = x.str(3);
  r.channel = x.str(4);
  r.reason = x.str(5);
  r.created_at = x.str(6);
  r.round_no = static_cast<int>(x.i64(7));
  r.recipients = x.i64(8);
  r.pushed = x.i64(9);
  r.delivered = x.i64(10);
  r.clicked = x.i64(11);
  r.quoted = x.i64(12);
  r.registered = x.i64(13);
  r.waiting = x.i64(14);
  return r;
}

}  // namespace

const char* status_name(int status) {
  switch (status) {
    case 0:
      return "待发送";
    case 1:
      return "已发送";
    case 2:
      return "已送达";
    case 3:
      return "发送失败";
    case 4:
      return "已退订";
  }
  return "未知";
}

std::vector<RoundRow> rounds(db::Connection& db, std::optional<long long> item_id, int limit) {
  db::Result res =
      item_id
          ? db.query(std::string(kRoundSql) +
                         "WHERE r.item_id = ? GROUP BY r.id ORDER BY r.id DESC LIMIT ?",
                     *item_id, limit)
          : db.query(std::string(kRoundSql) + "GROUP BY r.id ORDER BY r.id DESC LIMIT ?", limit);
  std::vector<RoundRow> out;
  for (const auto& x : res.rows) out.push_back(round_of(x));
  return out;
}

RoundRow round_row(db::Connection& db, long long round_id) {
  auto res = db.query(std::string(kRoundSql) + "WHERE r.id = ? GROUP BY r.id", round_id);
  if (res.empty()) throw web::NotFound("推送轮次不存在");
  return round_of(res.one());
}

std::vector<RecipientRow> recipients(db::Connection& db, long long round_id) {
  std::vector<RecipientRow> out;
  for (const auto& x :
       db.query("SELECT x.id, COALESCE(x.user_id, 0), COALESCE(x.lead_id, 0), x.clicks, "
                "COALESCE(NULLIF(u.name, ''), NULLIF(l.name, ''), ''), x.address, x.status, "
                "COALESCE(x.sent_at, ''), COALESCE(x.delivered_at, ''), "
                "COALESCE(x.first_click_at, ''), x.quoted, x.registered "
                "FROM push_recipient x LEFT JOIN user u ON u.id = x.user_id "
                "LEFT JOIN supplier_lead l ON l.id = x.lead_id WHERE x.round_id = ? "
                "ORDER BY x.id",
                round_id)
           .rows) {
    RecipientRow r;
    r.id = x.i64(0);
    r.user_id = x.i64(1);
    r.lead_id = x.i64(2);
    r.clicks = x.i64(3);
    r.who = x.str(4);
    r.address = x.str(5);
    r.status = status_name(static_cast<int>(x.i64(6)));
    r.sent_at = x.str(7);
    r.delivered_at = x.str(8);
    r.first_click_at = x.str(9);
    r.quoted = x.i64(10) != 0;
    r.registered = x.i64(11) != 0;
    out.push_back(r);
  }
  return out;
}

}  // namespace push
