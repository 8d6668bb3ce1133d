#include "crm/notify.h"

#include <cstdio>
#include <map>

#include "core/config.h"
#include "wechat/api.h"

namespace crm {

bool notify_assigned(db::Connection& db, redis::Client& r, long long consultant_id,
                     const std::string& what, long long customer_id, const std::string& reason,
                     const std::string& today) {
  const auto& conf = core::Config::get();
  std::string tpl = conf.str("wechat", "assign_template", "");
  if (tpl.empty() || !consultant_id) return false;
  auto row = db.query(
      "SELECT wechat_openid FROM user WHERE id = ? AND disabled = 0"
      " AND wechat_openid IS NOT NULL",
      consultant_id);
  if (row.empty()) return false;
  std::string url =
      core::base_url() + (customer_id ? "/crm/customers/" + std::to_string(customer_id)
                                      : std::string("/crm/customers/mine"));
  try {
    wechat::send_template(r, row.one().str(0), tpl, url,
                          {{"first", {{"value", "您有新分配的客户"}}},
                           {"keyword1", {{"value", what}}},
                           {"keyword2", {{"value", today}}},
                           {"remark", {{"value", reason}}}});
    return true;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crm: assignment message to user %lld failed: %s\n", consultant_id,
                 e.what());
    return false;
  }
}

void notify_imported(db::Connection& db, redis::Client& r, const std::vector<ImportedRow>& rows,
                     const std::string& today) {
  std::map<long long, std::vector<const ImportedRow*>> per;
  for (const auto& row : rows)
    if (row.assignment.consultant_id) per[row.assignment.consultant_id].push_back(&row);
  for (const auto& [who, mine] : per)
    if (mine.size() == 1)
      notify_assigned(db, r, who, mine[0]->name, mine[0]->assignment.customer_id,
                      mine[0]->assignment.reason, today);
    else
      notify_assigned(db, r, who, std::to_string(mine.size()) + "位导入的客户", 0,
                      "批量导入，按权重分配", today);
}

}  // namespace crm
