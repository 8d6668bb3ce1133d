#include "crm/digest.h"

#include <cstdio>

#include "core/clock.h"
#include "core/config.h"
#include "wechat/api.h"

namespace crm {

namespace {
constexpr size_t kNamesListed = 10;  // a template keyword is short; the rest is "等N位"
}

std::map<long long, std::vector<DueCustomer>> due_tomorrow(db::Connection& db, const Policy& p,
                                                           const std::string& today) {
  auto now = cutoffs(p, today), next = cutoffs(p, core::add_days(today, 1));
  auto rows = db.query(
      "SELECT consultant_id, id, name, taken_date, last_follow_date FROM crm_customer"
      " WHERE status = 0 AND consultant_id IS NOT NULL"
      " AND taken_date >= ? AND last_follow_date >= ?"
      " AND (taken_date < ? OR last_follow_date < ?) ORDER BY consultant_id, id",
      now.taken_before, now.follow_before, next.taken_before, next.follow_before);
  std::map<long long, std::vector<DueCustomer>> out;
  for (const auto& row : rows.rows)
    out[row.i64(0)].push_back(
        {row.i64(1), row.str(2), release_of(p, row.str(3), row.str(4)).status});
  return out;
}

int send_digest(db::Connection& db, redis::Client& r, const Policy& p, const std::string& today) {
  const auto& conf = core::Config::get();
  std::string tpl = conf.str("wechat", "digest_template", "");
  if (tpl.empty()) return 0;
  auto tomorrow = core::add_days(today, 1);
  int sent = 0;
  for (const auto& [consultant, due] : due_tomorrow(db, p, today)) {
    auto who = db.query(
        "SELECT wechat_openid FROM user WHERE id = ? AND disabled = 0"
        " AND wechat_openid IS NOT NULL",
        consultant);
    if (who.empty()) continue;
    // Claimed before sending so two runs never both send; given back when sending fails.
    auto mark = r.key("crm:digest:" + today + ":" + std::to_string(consultant));
    if (r.cmd({"SET", mark, "1", "NX", "EX", "172800"}).nil()) continue;
    std::string names;
    for (size_t i = 0; i < due.size() && i < kNamesListed; ++i)
      names += (i ? "、" : "") + due[i].name;
    if (due.size() > kNamesListed) names += "等" + std::to_string(due.size()) + "位";
    int unfollowed = 0;
    for (const auto& c : due) unfollowed += c.status == 3;
    std::string remark =
        unfollowed ? std::to_string(unfollowed) + "位超过" + std::to_string(p.follow_days) +
                         "天未跟进，今天跟进即可保留"
                   : "接单已满" + std::to_string(p.private_days) + "天未成单，明天将回到公户";
    try {
      wechat::send_template(
          r, who.one().str(0), tpl, conf.str("site", "base_url") + "/crm/customers/mine",
          {{"first", {{"value", "您有" + std::to_string(due.size()) + "位客户明天将回到公户"}}},
           {"keyword1", {{"value", names}}},
           {"keyword2", {{"value", tomorrow}}},
           {"remark", {{"value", remark}}}});
      ++sent;
    } catch (const std::exception& e) {
      r.cmd({"DEL", mark});
      std::fprintf(stderr, "crm: digest to user %lld failed: %s\n", consultant, e.what());
    }
  }
  return sent;
}

}  // namespace crm
