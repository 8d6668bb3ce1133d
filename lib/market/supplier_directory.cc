// The supplier directory (/suppliers, /supplier/{id}): members who have quoted or follow a
// variety, verified ones first, with the varieties they follow.
#include "auth/user.h"
#include "db/into.h"
#include "market/view.h"

namespace market {

namespace {
Supplier supplier_of(db::Connection& db, const db::Row& r) {
  Supplier s;
  db::into(r, s.id, s.name, db::skip, s.verified, s.since, s.quotes);
  s.member_type = auth::member_type_name(static_cast<int>(r.i64(2)));
  s.since = s.since.substr(0, 10);  // the day
  auto v = db.query(
      "SELECT v.name FROM followed_variety f JOIN variety v ON v.id = f.variety_id"
      " WHERE f.user_id = ? ORDER BY f.created_at DESC LIMIT 10",
      s.id);
  for (const auto& row : v.rows) s.varieties.push_back(row.str(0));
  return s;
}
#define SUPPLIER_SELECT                                                                  \
  "SELECT u.id, u.display_name, u.user_type,"                                            \
  " u.verified, u.created_at, (SELECT COUNT(*) FROM quote q WHERE q.supplier_id = u.id)" \
  " FROM user u"
// Suppliers are members who have quoted or follow a variety.
#define SUPPLIER_WHO                                                                     \
  " WHERE u.disabled = 0 AND (EXISTS (SELECT 1 FROM quote q WHERE q.supplier_id = u.id)" \
  " OR EXISTS (SELECT 1 FROM followed_variety f WHERE f.user_id = u.id))"
}  // namespace

std::vector<Supplier> suppliers(db::Connection& db, int page, long long* total) {
  // Verified suppliers first.
  *total = db.query("SELECT COUNT(*) FROM user u" SUPPLIER_WHO).one().i64(0);
  auto r =
      db.query(SUPPLIER_SELECT SUPPLIER_WHO " ORDER BY u.verified DESC, u.id DESC LIMIT ? OFFSET ?",
               kPageSize, (page - 1) * kPageSize);
  std::vector<Supplier> out;
  for (const auto& row : r.rows) out.push_back(supplier_of(db, row));
  return out;
}

std::optional<Supplier> load_supplier(db::Connection& db, long long id) {
  auto r = db.query(SUPPLIER_SELECT " WHERE u.id = ? AND u.disabled = 0", id);
  if (r.empty()) return std::nullopt;
  return supplier_of(db, r.one());
}

}  // namespace market
