// Numbers that asked for no more marketing messages (回T退订 by SMS reply, or the opt-out
// link): remembered by number, so both a member and a lead with that number are left out.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "db/connection.h"

namespace push {

// Records the opt-out (again is harmless) and marks a supplier lead with that number.
void opt_out(db::Connection& db, const std::string& mobile, const std::string& source);
bool opted_out(db::Connection& db, const std::string& mobile);
// Those of `mobiles` that opted out.
std::set<std::string> opted_out(db::Connection& db, const std::vector<std::string>& mobiles);
// Whether an inbound SMS reply is an opt-out: T or TD (any case, spaces around ignored).
bool is_optout_reply(const std::string& text);

}  // namespace push
