// What /admin/leads lists: the buy-leads (with their state and reason) and the supplier leads,
// newest first a page at a time, and the counts by state.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace push {

struct BuyLeadRow {
  long long id = 0, order_id = 0;
  std::string source, mobile, name, variety, quantity, date, state, reason;
};
struct SupplierLeadRow {
  long long id = 0, score = 0, unclicked = 0;
  std::string mobile, name, company, varieties, source;
  bool dead = false, opted_out = false;
};
struct LeadCounts {
  long long staged = 0, duplicate = 0, converted = 0, suppliers = 0;
};

// `limit` rows after the first `offset`; every state when `state` is empty.
std::vector<BuyLeadRow> buy_leads(db::Connection& db, const std::string& state, int limit,
                                  int offset = 0);
std::vector<SupplierLeadRow> supplier_leads(db::Connection& db, int limit, int offset = 0);
LeadCounts lead_counts(db::Connection& db);
// 待转换 / 重复 / 已转换 for a buy_lead state.
const char* buy_lead_state_name(const std::string& state);

}  // namespace push
