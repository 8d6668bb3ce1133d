// Quote events (spec §2): a new quote tells the buyer, a reply tells the supplier, by SMS and,
// when the person has WeChat bound and [push] quote_template / reply_template is set, by a
// WeChat template message. They go through the outbox like pushes (same daemon, retries and
// quiet hours for SMS) under keys named after the quote, so a retried request adds none twice.
// A failure to queue never fails the quote or the reply: it is logged to stderr.
#pragma once
#include <ctime>
#include <vector>

#include "db/connection.h"
#include "push/policy.h"

namespace push {

void quote_created(db::Connection& db, const Policy& p, long long quote_id, std::time_t now);
void quotes_replied(db::Connection& db, const Policy& p, const std::vector<long long>& quote_ids,
                    std::time_t now);

}  // namespace push
