// What /admin/leads lists: the newest buy-leads (with their state and reason) and supplier
// leads, and the counts by state.
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

std::vector<BuyLeadRow> buy_leads(db::Connection& db, const std::string& state, int limit);
std::vector<SupplierLeadRow> supplier_leads(db::Connection& db, int limit);
LeadCounts lead_counts(db::Connection& db);
// 待转换 / 重复 / 已转换 for a buy_lead state.
const char* buy_lead_state_name(const std::string& state);

}  // namespace push
