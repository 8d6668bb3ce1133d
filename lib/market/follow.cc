#include "market/follow.h"

#include "core/error.h"
#include "db/into.h"
#include "market/catalogue.h"

namespace market {

std::vector<Followed> followed_varieties(db::Connection& db, long long user_id) {
  return db::all(
      db.query("SELECT v.id, v.name FROM followed_variety f JOIN variety v ON v.id = f.variety_id"
               " WHERE f.user_id = ? ORDER BY f.created_at, v.id",
               user_id),
      db::as<Followed>(&Followed::variety_id, &Followed::name));
}

void follow_variety(db::Connection& db, long long user_id, const std::string& key) {
  size_t b = key.find_first_not_of(" \t\r\n"), e = key.find_last_not_of(" \t\r\n");
  std::string k = b == std::string::npos ? "" : key.substr(b, e - b + 1);
  if (k.empty()) throw core::BadRequest("请填写品种名称", "variety");
  auto v = find_variety(db, k);
  if (!v) throw core::BadRequest("品种库中没有「" + k + "」", "variety");
  // The count and the insert in one statement: a parallel request cannot pass the limit twice.
  db.query(
      "INSERT IGNORE INTO followed_variety (user_id, variety_id) SELECT ?, ? FROM DUAL"
      " WHERE (SELECT COUNT(*) FROM followed_variety WHERE user_id = ?) < ?",
      user_id, v->id, user_id, kMaxFollowed);
  auto n = db.query("SELECT 1 FROM followed_variety WHERE user_id = ? AND variety_id = ?", user_id,
                    v->id);
  if (n.empty())
    throw core::BadRequest("最多关注" + std::to_string(kMaxFollowed) + "个品种", "variety");
}

void unfollow_variety(db::Connection& db, long long user_id, long long variety_id) {
  db.query("DELETE FROM followed_variety WHERE user_id = ? AND variety_id = ?", user_id,
           variety_id);
}

}  // namespace market
