#include "watch/member.h"

#include "core/error.h"
#include "core/token.h"
#include "db/transact.h"
#include "watch/event.h"

namespace watch {
namespace {

// KEYS[1] the circle's code, KEYS[2] the candidate code's circle; ARGV code, circle, ttl.
// Returns the live code and its remaining seconds, or nil when the candidate is taken.
const char* kInviteScript = R"lua(
local live = redis.call('GET', KEYS[1])
if live then return {live, redis.call('TTL', KEYS[1])} end
if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'EX', ARGV[3]) then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
  return {ARGV[1], tonumber(ARGV[3])}
end
return false
)lua";

std::string six_digits() {
  std::string s = std::to_string(core::random_below(1000000));
  return std::string(6 - s.size(), '0') + s;
}

// Wrong codes per user per hour before joining is refused for a while: 10^6 codes are few.
constexpr int kWrongCodesPerHour = 20;

}  // namespace

Invite invite_code(redis::Client& r, long long circle_id) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string code = six_digits();
    auto v = r.cmd({"EVAL", kInviteScript, "2",
                    r.key("watch:invite:circle:" + std::to_string(circle_id)),
                    r.key("watch:invite:code:" + code), code, std::to_string(circle_id),
                    std::to_string(kInviteTtl)});
    if (v.type == redis::Value::Array && v.items.size() == 2)
      return {v.items[0].str, static_cast<long>(v.items[1].num)};
  }
  throw core::Unavailable();
}

Circle join(db::Connection& db, redis::Client& r, long long user, const std::string& code,
            const std::string& name) {
  std::string fails = r.key("watch:join_fail:" + std::to_string(user));
  auto seen = r.cmd({"GET", fails});
  if (!seen.nil() && std::atoi(seen.str.c_str()) >= kWrongCodesPerHour)
    throw core::TooManyRequests("邀请码错误次数过多，请一小时后再试");
  bool well_formed = code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos;
  auto circle = well_formed ? r.cmd({"GET", r.key("watch:invite:code:" + code)}) : redis::Value{};
  if (circle.nil()) {
    r.cmd({"EVAL",
           "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('EXPIRE', KEYS[1], "
           "3600) end return n",
           "1", fails});
    throw core::Error(403, "bad_invite", "邀请码无效或已过期", "code");
  }
  long long circle_id = std::atoll(circle.str.c_str());
  auto phone = db.query("SELECT phone FROM user WHERE id = ?", user);
  if (phone.empty() || phone.one().null(0)) throw core::BadRequest("请先绑定手机号");
  return db::transact(db, [&](db::Transaction& tx) -> Circle {
    auto c = db.query("SELECT id, name, created_by FROM watch_circle WHERE id = ? FOR UPDATE",
                      circle_id);
    if (c.empty()) throw core::Error(403, "bad_invite", "邀请码无效或已过期", "code");
    try {
      db.query("INSERT INTO watch_member (circle_id, user_id, name, phone) VALUES (?, ?, ?, ?)",
               circle_id, user, name, phone.one().str(0));
    } catch (const db::DuplicateKey&) {
      throw core::Conflict("你已经是这个家庭圈的成员了", "already_member");
    }
    claim(db, circle_id, "member:" + std::to_string(user), phone.one().str(0), name);
    record_event(db, circle_id, "member_joined", "", user, {{"name", name}});
    tx.commit();
    return {c.one().i64(0), c.one().str(1), c.one().i64(2)};
  });
}

void change_member(db::Connection& db, long long circle_id, long long user,
                   const MemberChange& change) {
  db::transact(db, [&](db::Transaction& tx) {
    if (change.name) {
      auto phone = db.query("SELECT phone FROM watch_member WHERE circle_id = ? AND user_id = ?",
                            circle_id, user);
      if (phone.empty()) throw core::NotFound("家庭圈不存在");
      std::string holder = "member:" + std::to_string(user);
      release(db, circle_id, holder);
      claim(db, circle_id, holder, phone.one().str(0), *change.name);
      db.query("UPDATE watch_member SET name = ? WHERE circle_id = ? AND user_id = ?", *change.name,
               circle_id, user);
    }
    if (change.share_location)
      db.query("UPDATE watch_member SET share_location = ? WHERE circle_id = ? AND user_id = ?",
               *change.share_location, circle_id, user);
    tx.commit();
  });
}

void remove_member(db::Connection& db, long long circle_id, long long by, long long user,
                   bool by_staff) {
  db::transact(db, [&](db::Transaction& tx) {
    // Locking the circle row orders concurrent leaves: two last members cannot both go.
    db.query("SELECT id FROM watch_circle WHERE id = ? FOR UPDATE", circle_id);
    auto rows = db.query(
        "SELECT user_id, owner, name FROM watch_member WHERE circle_id = ? ORDER BY joined_at",
        circle_id);
    bool by_owner = false, found = false;
    std::string name;
    for (const auto& row : rows.rows) {
      if (row.i64(0) == by) by_owner = row.i64(1) != 0;
      if (row.i64(0) == user) found = true, name = row.str(2);
    }
    if (!found) throw core::NotFound("该成员不在家庭圈里");
    if (by != user && !by_owner && !by_staff)
      throw core::Forbidden("只有家庭圈的创建者可以移除其他成员");
    if (rows.rows.size() == 1)
      throw core::Conflict("你是家庭圈里的最后一位成员，不能退出", "last_member");
    bool was_owner = false;
    for (const auto& row : rows.rows)
      if (row.i64(0) == user) was_owner = row.i64(1) != 0;
    db.query("DELETE FROM watch_member WHERE circle_id = ? AND user_id = ?", circle_id, user);
    release(db, circle_id, "member:" + std::to_string(user));
    if (was_owner)
      db.query("UPDATE watch_member SET owner = 1 WHERE circle_id = ? ORDER BY joined_at LIMIT 1",
               circle_id);
    record_event(db, circle_id, by == user ? "member_left" : "member_removed", "", user,
                 {{"name", name}, {"by", by}});
    tx.commit();
  });
}

std::string member_name(db::Connection& db, long long circle_id, long long user) {
  auto r = db.query("SELECT name FROM watch_member WHERE circle_id = ? AND user_id = ?", circle_id,
                    user);
  return r.empty() ? "" : r.one().str(0);
}

}  // namespace watch
