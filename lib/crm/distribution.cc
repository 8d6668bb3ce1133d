#include "crm/distribution.h"

#include <algorithm>
#include <ctime>

#include "db/into.h"

namespace crm {

const char* distribution_status_name(int status) {
  switch (status) {
    case 1: return "正在跟进";
    case 2: return "已成单";
    case 3: return "三天未跟进";
    case 4: return "十五天未成单";
    case 5: return "已转出";
  }
  return "";
}

int days_between(const std::string& from, const std::string& to) {
  auto serial = [](const std::string& d) {
    std::tm tm{};
    tm.tm_year = std::stoi(d.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(d.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(d.substr(8, 2));
    return static_cast<long long>(timegm(&tm) / 86400);
  };
  return static_cast<int>(serial(to) - serial(from));
}

std::vector<MyCustomer> list_mine(db::Connection& db, const Policy& p, long long consultant_id,
                                  const std::string& today) {
  auto r = db.query(
      "SELECT d.id, c.id, c.name, COALESCE(c.phone, ''), COALESCE(c.qq, ''),"
      " COALESCE(c.wechat, ''), c.source, d.assigned_date, d.how, d.ended_date, d.status,"
      " c.consultant_id, c.taken_date, c.last_follow_date, c.status,"
      " COALESCE(c.next_follow_date, ''), c.intention"
      " FROM crm_distribution d JOIN crm_customer c ON c.id = d.customer_id"
      " WHERE d.consultant_id = ? ORDER BY d.id DESC LIMIT 1000",
      consultant_id);
  std::vector<MyCustomer> out;
  for (const auto& row : r.rows) {
    MyCustomer m;
    db::into(row, m.distribution_id, m.customer_id, m.name, m.phone, m.qq, m.wechat, m.source,
             m.assigned_date, m.how, m.ended_date, m.status, db::skip, m.taken_date,
             m.last_follow_date, db::skip, m.next_follow_date, m.intention);
    bool held = row.i64(11) == consultant_id;
    if (m.status == 1 && held && row.i64(14) == 0) {
      auto rel = release_of(p, m.taken_date, m.last_follow_date);
      m.release_date = rel.date;
      m.days_left = days_between(today, rel.date);
      // Overdue but the nightly job has not run yet: show it as what it already is.
      if (m.days_left <= 0) m.status = rel.status, m.days_left = -1;
    }
    out.push_back(m);
  }
  auto rank = [](int s) { return s == 1 ? 0 : s == 2 ? 2 : 1; };
  std::stable_sort(out.begin(), out.end(), [&](const MyCustomer& a, const MyCustomer& b) {
    return rank(a.status) < rank(b.status);
  });
  return out;
}

}  // namespace crm
