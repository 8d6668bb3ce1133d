#include "crm/assignment.h"

#include <algorithm>
#include <functional>
#include <map>

#include "core/error.h"
#include "db/transact.h"

namespace crm {

std::vector<long long> sequence(const std::vector<Share>& shares) {
  std::vector<Share> active;
  for (const auto& s : shares)
    if (s.enabled && s.shares > 0) active.push_back(s);
  std::sort(active.begin(), active.end(), [](const Share& a, const Share& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.shares != b.shares) return a.shares < b.shares;
    return a.consultant_id < b.consultant_id;
  });
  int layers = 0;
  for (const auto& s : active) layers = std::max(layers, s.shares);
  std::vector<long long> seq;
  for (int k = 1; k <= layers; ++k)
    for (const auto& s : active)
      if (s.shares >= k) seq.push_back(s.consultant_id);
  return seq;
}

std::vector<Share> load_shares(db::Connection& db) {
  // Disabled accounts never get customers, whatever their share settings say.
  auto r = db.query(
      "SELECT u.id, u.display_name,"
      " COALESCE(w.share_count, 0), COALESCE(w.weight, 0),"
      " COALESCE(w.enabled, 1) AND u.disabled = 0"
      " FROM user u LEFT JOIN crm_sales_weight w ON w.consultant_id = u.id"
      " WHERE FIND_IN_SET('sales', u.roles) ORDER BY u.id");
  std::vector<Share> out;
  for (const auto& row : r.rows)
    out.push_back({row.i64(0), row.str(1), static_cast<int>(row.i64(2)),
                   static_cast<int>(row.i64(3)), row.i64(4) != 0});
  return out;
}

void save_share(db::Connection& db, long long consultant_id, int shares, int weight, bool enabled) {
  if (shares < 0 || shares > 100) throw core::BadRequest("份数应为0到100的整数", "share_count");
  if (weight < -1000 || weight > 1000)
    throw core::BadRequest("权重应为-1000到1000的整数", "weight");
  if (db.query("SELECT 1 FROM user WHERE id = ? AND FIND_IN_SET('sales', roles)", consultant_id)
          .empty())
    throw core::NotFound("该课程顾问不存在");
  db.query(
      "INSERT INTO crm_sales_weight (consultant_id, share_count, weight, enabled)"
      " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE share_count = VALUES(share_count),"
      " weight = VALUES(weight), enabled = VALUES(enabled)",
      consultant_id, shares, weight, enabled);
}

namespace {

std::map<long long, std::string> names_of(const std::vector<Share>& shares) {
  std::map<long long, std::string> m;
  for (const auto& s : shares) m[s.consultant_id] = s.name;
  return m;
}

// The weighted rotation as it stands: the cursor's position, the sequence of turns and each
// consultant's name. With `lock`, the cursor row stays locked until the transaction ends,
// which serialises assignments across threads, processes and hosts.
struct Rotation {
  long long position = 0;
  std::vector<long long> seq;
  std::map<long long, std::string> names;
};
Rotation load_rotation(db::Connection& db, bool lock) {
  Rotation r;
  r.position = db.query(lock ? "SELECT position FROM crm_assign_cursor WHERE id = 1 FOR UPDATE"
                             : "SELECT position FROM crm_assign_cursor WHERE id = 1")
                   .one()
                   .i64(0);
  auto shares = load_shares(db);
  r.seq = sequence(shares);
  r.names = names_of(shares);
  return r;
}

}  // namespace

namespace {

// The first turn from `position` whose consultant is under the cap (`held` counts their
// private customers); who = 0 when every one is at the cap or nobody takes part.
struct Pick {
  long long who = 0, pos = 0;  // pos: the absolute position taken
  std::string reason;
};
Pick pick(const std::vector<long long>& seq, long long position,
          std::map<long long, std::string>& names, const Policy& p,
          const std::function<long long(long long)>& held) {
  Pick k;
  std::string skipped;
  for (size_t i = 0; i < seq.size(); ++i) {
    long long pos = position + static_cast<long long>(i);
    long long who = seq[static_cast<size_t>(pos) % seq.size()];
    if (held(who) >= p.private_cap) {
      skipped += "；跳过" + names[who] + "（私户已达上限" + std::to_string(p.private_cap) + "）";
      continue;
    }
    k.who = who;
    k.pos = pos;
    k.reason = "按权重序列第" + std::to_string(static_cast<size_t>(pos) % seq.size() + 1) +
               "位（共" + std::to_string(seq.size()) + "位）分配给" + names[who] + skipped;
    return k;
  }
  k.reason = seq.empty() ? "没有启用的课程顾问，进入公户"
                         : "所有课程顾问私户均已达上限，进入公户" + skipped;
  return k;
}

}  // namespace

Assignment assign(db::Connection& db, const Policy& p, const Customer& c, const std::string& today,
                  long long created_by) {
  auto [position, seq, names] = load_rotation(db, true);
  auto k = pick(seq, position, names, p,
                [&](long long who) { return private_count(db, who, p, today); });

  Assignment a;
  a.consultant_id = k.who;
  a.reason = k.reason;
  a.customer_id = insert(db, c, a.consultant_id, today, created_by);
  std::optional<long long> consultant, pos;
  if (a.consultant_id) {
    consultant = a.consultant_id;
    pos = k.pos;
    db.query("UPDATE crm_assign_cursor SET position = ? WHERE id = 1", k.pos + 1);
    db.query(
        "INSERT INTO crm_distribution (customer_id, consultant_id, assigned_date, how,"
        " status) VALUES (?, ?, ?, 'assign', 1)",
        a.customer_id, a.consultant_id, today);
  }
  std::optional<long long> creator;
  if (created_by) creator = created_by;
  db.query(
      "INSERT INTO crm_assignment_log (customer_id, consultant_id, position, reason,"
      " created_by) VALUES (?, ?, ?, ?, ?)",
      a.customer_id, consultant, pos, a.reason, creator);
  return a;
}

Assignment assign_new(db::Connection& db, const Policy& p, const Customer& c,
                      const std::string& today, long long created_by) {
  return db::transact(db, [&](db::Transaction& tx) -> Assignment {
    auto a = assign(db, p, c, today, created_by);
    tx.commit();
    return a;
  });
}

std::vector<Turn> plan(db::Connection& db, const Policy& p, const std::string& today, int n) {
  auto [position, seq, names] = load_rotation(db, false);
  std::map<long long, long long> held;
  for (long long id : seq)
    if (!held.count(id)) held[id] = private_count(db, id, p, today);
  std::vector<Turn> out;
  for (int i = 0; i < n; ++i) {
    auto k = pick(seq, position, names, p, [&](long long who) { return held[who]; });
    if (!k.who) {
      out.push_back({0, "公户", false});
      continue;
    }
    ++held[k.who];
    position = k.pos + 1;
    out.push_back({k.who, names[k.who], false});
  }
  return out;
}

std::vector<Turn> preview(db::Connection& db, const Policy& p, const std::string& today, int n) {
  auto [position, seq, names] = load_rotation(db, false);
  std::map<long long, bool> at_cap;
  for (long long id : seq)
    if (!at_cap.count(id)) at_cap[id] = private_count(db, id, p, today) >= p.private_cap;
  std::vector<Turn> out;
  for (int i = 0; i < n && !seq.empty(); ++i) {
    long long who = seq[static_cast<size_t>(position + i) % seq.size()];
    out.push_back({who, names[who], at_cap[who]});
  }
  return out;
}

}  // namespace crm
