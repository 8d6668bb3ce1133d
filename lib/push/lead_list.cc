#include "push/lead_list.h"

namespace push {

const char* buy_lead_state_name(const std::string& state) {
  if (state == "staged") return "待转换";
  if (state == "duplicate") return "重复";
  if (state == "converting") return "转换中";
  if (state == "converted") return "已转换";
  return "未知";
}

std::vector<BuyLeadRow> buy_leads(db::Connection& db, const std::string& state, int limit,
                                  int offset) {
#define BUY_LEAD_SELECT                                                                   \
  "SELECT id, COALESCE(order_id, 0), source, mobile, name, variety_text, quantity_text, " \
  "lead_date, state, reason FROM buy_lead "
  auto res = state.empty()
                 ? db.query(BUY_LEAD_SELECT "ORDER BY id DESC LIMIT ? OFFSET ?", limit, offset)
                 : db.query(BUY_LEAD_SELECT "WHERE state = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                            state, limit, offset);
  std::vector<BuyLeadRow> out;
  for (const auto& x : res.rows)
    out.push_back({x.i64(0), x.i64(1), x.str(2), x.str(3), x.str(4), x.str(5), x.str(6), x.str(7),
                   x.str(8), x.str(9)});
  return out;
}

std::vector<SupplierLeadRow> supplier_leads(db::Connection& db, int limit, int offset) {
  std::vector<SupplierLeadRow> out;
  for (const auto& x : db.query("SELECT id, score, unclicked, mobile, name, company, varieties, "
                                "source, dead, opted_out FROM supplier_lead ORDER BY id DESC "
                                "LIMIT ? OFFSET ?",
                                limit, offset)
                           .rows)
    out.push_back({x.i64(0), x.i64(1), x.i64(2), x.str(3), x.str(4), x.str(5), x.str(6), x.str(7),
                   x.i64(8) != 0, x.i64(9) != 0});
  return out;
}

LeadCounts lead_counts(db::Connection& db) {
  LeadCounts c;
  for (const auto& x : db.query("SELECT state, COUNT(*) FROM buy_lead GROUP BY state").rows) {
    if (x.str(0) == "staged") c.staged = x.i64(1);
    if (x.str(0) == "duplicate") c.duplicate = x.i64(1);
    if (x.str(0) == "converted") c.converted = x.i64(1);
  }
  c.suppliers = db.query("SELECT COUNT(*) FROM supplier_lead").one().i64(0);
  return c;
}

}  // namespace push
