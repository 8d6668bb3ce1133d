// Purchase moderation in the back office: the newest orders, found by number or by the buyer's
// phone or name, for an admin to close one with a reason (market::close_by_admin).
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace admin {

struct PurchaseLine {
  long long id = 0, buyer_id = 0;
  std::string buyer, phone, varieties, created_at;
  int status = 0;  // as stored: 1 open, 3 采购成功, 0 关闭 (an open one may be past its deadline)
  int items = 0;
};

// `q`: an order number, or part of the buyer's phone or name; "" for all. Newest first;
// `limit` + 1 rows tell the caller there is a next page.
std::vector<PurchaseLine> purchases(db::Connection& db, const std::string& q, int limit,
                                    int offset);

}  // namespace admin
