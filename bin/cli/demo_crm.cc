// Demo CRM data: the demo consultant in the assignment rotation, a few assigned customers,
// one with a follow-up, and two in the public pool. Idempotent (keyed on the first phone).
#include "auth/user.h"
#include "bin/cli/command.h"
#include "core/clock.h"
#include "crm/assignment.h"
#include "crm/customer.h"
#include "crm/follow.h"
#include "db/connection.h"

namespace cli {

void demo_crm() {
  auto& db = db::local();
  auto sales = db.query("SELECT id FROM user WHERE username = 'sales'");
  auto manager = db.query("SELECT id FROM user WHERE username = 'manager'");
  if (sales.empty() || manager.empty()) return;
  if (!db.query("SELECT 1 FROM crm_customer WHERE phone = '13900000001'").empty()) return;
  long long sales_id = sales.one().i64(0), manager_id = manager.one().i64(0);
  crm::save_share(db, sales_id, 2, 1, true);
  auto policy = crm::Policy::from_config();
  auto today = core::today();
  struct Demo {
    const char* name;
    const char* phone;
    const char* source;
    const char* course;
    bool pool;
  };
  const Demo people[] = {
      {"陈晓明", "13900000001", "官方网站", "Java", false},
      {"刘婷", "13900000002", "百度推广", "Python", false},
      {"赵磊", "13900000003", "QQ群", "Web前端", false},
      {"孙悦", "13900000004", "公开课", "大数据", true},
      {"周杰", "13900000005", "口碑", "软件测试", true},
  };
  for (const auto& d : people) {
    crm::Customer c;
    c.name = d.name;
    c.phone = d.phone;
    c.source = d.source;
    c.courses = {d.course};
    c.education = "本科";
    crm::validate(c);
    if (d.pool)
      crm::insert(db, c, 0, today, manager_id);
    else
      crm::assign_new(db, policy, c, today, manager_id);
  }
  auto first = db.query("SELECT id FROM crm_customer WHERE phone = '13900000001'").one().i64(0);
  crm::follow_up(db, policy, first, *auth::find_user(db, sales_id), "电话沟通，想了解Java周末班",
                 today);
}

}  // namespace cli
