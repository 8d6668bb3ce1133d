#include "watch/device.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/token.h"
#include "db/into.h"
#include "db/transact.h"
#include "watch/circle.h"
#include "watch/clock.h"
#include "watch/event.h"
#include "watch/offline_box.h"

namespace watch {
namespace {

Device read(const db::Row& row) {
  Device d;
  db::into(row, d.imei, d.name, d.phone, d.circle_id, d.online, d.heartbeat_s, d.last_seen,
           db::null_as(d.battery, -1), db::null_as(d.steps, -1), d.bound_at);
  return d;
}

// Glued to each query at compile time (adjacent literals): every statement is one constant.
#define DEVICE_SELECT                                                                       \
  "SELECT imei, name, phone, circle_id, online, heartbeat_s, last_seen_at, battery, steps," \
  " bound_at"                                                                               \
  " FROM watch_device "

// KEYS[1] the watch's bind code; ARGV code, circle. 1: used up now; 0: wrong (the fifth wrong
// try kills the code); -1: none live.
const char* kUseScript = R"lua(
local live = redis.call('HMGET', KEYS[1], 'code', 'circle')
if not live[1] then return -1 end
if live[1] == ARGV[1] and live[2] == ARGV[2] then redis.call('DEL', KEYS[1]) return 1 end
if redis.call('HINCRBY', KEYS[1], 'tries', 1) >= 5 then redis.call('DEL', KEYS[1]) end
return 0
)lua";

std::string bind_key(redis::Client& r, const std::string& imei) {
  return r.key("watch:bind:" + imei);
}

}  // namespace

bool valid_imei(const std::string& imei) {
  return imei.size() == 15 && imei.find_first_not_of("0123456789") == std::string::npos;
}

std::optional<Device> find_device(db::Connection& db, const std::string& imei) {
  if (!valid_imei(imei)) return std::nullopt;
  return db::first(db.query(DEVICE_SELECT "WHERE imei = ?", imei), read);
}

Device device_for(db::Connection& db, const std::string& imei, long long user) {
  if (valid_imei(imei)) {
    auto r = db.query(DEVICE_SELECT
                      "WHERE imei = ? AND circle_id IN"
                      " (SELECT circle_id FROM watch_member WHERE user_id = ?)",
                      imei, user);
    if (!r.empty()) return read(r.one());
  }
  throw core::NotFound("手表不存在");
}

std::vector<Device> circle_devices(db::Connection& db, long long circle_id) {
  return db::all(db.query(DEVICE_SELECT "WHERE circle_id = ? ORDER BY bound_at, imei", circle_id),
                 read);
}

nlohmann::json device_json(const Device& d) {
  nlohmann::json j{{"imei", d.imei},
                   {"name", d.name},
                   {"phone", d.phone},
                   {"online", d.online},
                   {"heartbeat", d.heartbeat_s},
                   {"last_seen", d.last_seen.empty() ? nlohmann::json()
                                                     : nlohmann::json(iso_of_sql(d.last_seen))},
                   {"battery", d.battery < 0 ? nlohmann::json() : nlohmann::json(d.battery)},
                   {"steps", d.steps < 0 ? nlohmann::json() : nlohmann::json(d.steps)}};
  if (d.circle_id) j["circle_id"] = std::to_string(d.circle_id);
  return j;
}

void send_bind_code(db::Connection& db, redis::Client& r, long long circle_id, long long user,
                    const std::string& imei) {
  if (!valid_imei(imei)) throw core::BadRequest("IMEI 应为 15 位数字", "imei");
  auto d = find_device(db, imei);
  if (!d) throw core::NotFound("没有找到这块手表，请先开机联网");
  if (d->circle_id == circle_id) throw core::Conflict("这块手表已经在家庭圈里了", "already_bound");
  if (d->circle_id) throw core::Conflict("这块手表已绑定其他家庭圈，请先解绑", "bound_elsewhere");
  std::string s = std::to_string(core::random_below(1000000));
  std::string code = std::string(6 - s.size(), '0') + s;
  std::string key = bind_key(r, imei);
  r.cmd({"DEL", key});
  r.cmd({"HSET", key, "code", code, "circle", std::to_string(circle_id), "tries", "0"});
  r.cmd({"EXPIRE", key, std::to_string(kBindCodeTtl)});
  queue_command(db, imei, "bindcode", {{"code", code}}, user);
  announce(r, imei);
}

Device bind(db::Connection& db, redis::Client& r, long long circle_id, long long user,
            const std::string& imei, const std::string& code, const std::string& name,
            const std::string& phone) {
  if (!valid_imei(imei)) throw core::BadRequest("IMEI 应为 15 位数字", "imei");
  auto d = find_device(db, imei);
  if (!d) throw core::NotFound("没有找到这块手表，请先开机联网");
  if (d->circle_id) throw core::Conflict("这块手表已绑定家庭圈，请先解绑", "bound_elsewhere");
  bool well_formed = code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos;
  auto used =
      well_formed
          ? r.cmd({"EVAL", kUseScript, "1", bind_key(r, imei), code, std::to_string(circle_id)})
          : redis::Value{};
  if (used.num != 1) throw core::Error(403, "bad_bind_code", "绑定码错误或已过期", "code");
  return db::transact(db, [&](db::Transaction& tx) -> Device {
    // The guard is the rule: of two circles binding one watch, one UPDATE changes the row.
    auto changed = db.query(
        "UPDATE watch_device SET circle_id = ?, name = ?, phone = ?, bound_at = ?"
        " WHERE imei = ? AND circle_id IS NULL",
        circle_id, name, phone, utc_sql(core::now()), imei);
    if (changed.affected == 0)
      throw core::Conflict("这块手表已绑定家庭圈，请先解绑", "bound_elsewhere");
    claim(db, circle_id, "device:" + imei, phone, name);
    record_event(db, circle_id, "device_bound", imei, user, {{"name", name}});
    tx.commit();
    return *find_device(db, imei);
  });
}

void change_device(db::Connection& db, long long circle_id, const std::string& imei,
                   const std::optional<std::string>& name,
                   const std::optional<std::string>& phone) {
  db::transact(db, [&](db::Transaction& tx) {
    auto r =
        db.query("SELECT name, phone FROM watch_device WHERE imei = ? AND circle_id = ? FOR UPDATE",
                 imei, circle_id);
    if (r.empty()) throw core::NotFound("手表不存在");
    std::string n = name.value_or(r.one().str(0)), p = phone.value_or(r.one().str(1));
    release(db, circle_id, "device:" + imei);
    claim(db, circle_id, "device:" + imei, p, n);
    db.query("UPDATE watch_device SET name = ?, phone = ? WHERE imei = ?", n, p, imei);
    tx.commit();
  });
}

void unbind(db::Connection& db, long long circle_id, long long user, const std::string& imei) {
  db::transact(db, [&](db::Transaction& tx) {
    auto r = db.query("SELECT name FROM watch_device WHERE imei = ? AND circle_id = ? FOR UPDATE",
                      imei, circle_id);
    if (r.empty()) throw core::NotFound("手表不存在");
    db.query(
        "UPDATE watch_device SET circle_id = NULL, name = '', phone = '', bound_at = NULL"
        " WHERE imei = ?",
        imei);
    release(db, circle_id, "device:" + imei);
    db.query(
        "DELETE s FROM watch_place_state s JOIN watch_place p ON p.id = s.place_id"
        " WHERE s.imei = ? AND p.circle_id = ?",
        imei, circle_id);
    record_event(db, circle_id, "device_unbound", imei, user, {{"name", r.one().str(0)}});
    tx.commit();
  });
}

}  // namespace watch
