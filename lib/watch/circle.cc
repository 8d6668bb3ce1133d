#include "watch/circle.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "core/token.h"
#include "db/into.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/device.h"

namespace watch {
namespace {

const auto circle_of = db::as<Circle>(&Circle::id, &Circle::name, &Circle::created_by);

}  // namespace

std::string checked_name(const std::string& raw, const std::string& field, size_t max) {
  std::string s = core::trim(raw);
  if (s.empty()) throw core::BadRequest("请填写名称", field);
  if (core::char_count(s) > max)
    throw core::BadRequest("名称不能超过 " + std::to_string(max) + " 个字", field);
  for (unsigned char c : s)
    if (c < 0x20) throw core::BadRequest("名称不能包含控制字符", field);
  return s;
}

std::string checked_contact_phone(const std::string& raw, const std::string& field) {
  std::string s = core::trim(raw);
  std::string digits = !s.empty() && s[0] == '+' ? s.substr(1) : s;
  if (digits.size() < 3 || digits.size() > 19 ||
      digits.find_first_not_of("0123456789") != std::string::npos)
    throw core::BadRequest("请输入正确的电话号码", field);
  return s;
}

Circle create_circle(db::Connection& db, long long user, const std::string& name,
                     const std::string& member_name) {
  auto phone = db.query("SELECT phone FROM user WHERE id = ?", user);
  if (phone.empty() || phone.one().null(0)) throw core::BadRequest("请先绑定手机号");
  Circle c{0, name, user};
  // A random id collides rarely; the primary key notices and we draw again.
  for (int attempt = 0; attempt < 8 && c.id == 0; ++attempt) {
    long long id = 1000000000LL + core::random_below(900000000) * 10LL + core::random_below(10);
    bool made = db::transact(db, [&](db::Transaction& tx) {
      try {
        db.query("INSERT INTO watch_circle (id, name, created_by) VALUES (?, ?, ?)", id, name,
                 user);
      } catch (const db::DuplicateKey&) {
        return false;
      }
      db.query(
          "INSERT INTO watch_member (circle_id, user_id, name, phone, owner)"
          " VALUES (?, ?, ?, ?, 1)",
          id, user, member_name, phone.one().str(0));
      claim(db, id, "member:" + std::to_string(user), phone.one().str(0), member_name);
      tx.commit();
      return true;
    });
    if (made) c.id = id;
  }
  if (c.id == 0) throw core::Unavailable();
  return c;
}

Circle member_circle(db::Connection& db, long long circle_id, long long user) {
  auto r = db.query(
      "SELECT c.id, c.name, c.created_by FROM watch_circle c"
      " JOIN watch_member m ON m.circle_id = c.id AND m.user_id = ? WHERE c.id = ?",
      user, circle_id);
  if (r.empty()) throw core::NotFound("家庭圈不存在");
  return circle_of(r.one());
}

std::vector<Circle> circles_of(db::Connection& db, long long user) {
  return db::all(db.query("SELECT c.id, c.name, c.created_by FROM watch_member m"
                          " JOIN watch_circle c ON c.id = m.circle_id"
                          " WHERE m.user_id = ? ORDER BY m.joined_at",
                          user),
                 circle_of);
}

void rename_circle(db::Connection& db, long long circle_id, const std::string& name) {
  db.query("UPDATE watch_circle SET name = ? WHERE id = ?", name, circle_id);
}

std::vector<Member> members(db::Connection& db, long long circle_id) {
  return db::all(db.query("SELECT user_id, name, phone, owner, share_location"
                          " FROM watch_member WHERE circle_id = ? ORDER BY joined_at",
                          circle_id),
                 db::as<Member>(&Member::user_id, &Member::name, &Member::phone, &Member::owner,
                                &Member::share_location));
}

std::vector<Contact> contacts(db::Connection& db, long long circle_id) {
  return db::all(db.query("SELECT phone, name FROM watch_contact WHERE circle_id = ?"
                          " ORDER BY created_at, phone",
                          circle_id),
                 db::as<Contact>(&Contact::phone, &Contact::name));
}

nlohmann::json circle_json(db::Connection& db, const Circle& c) {
  nlohmann::json j{{"id", std::to_string(c.id)},
                   {"name", c.name},
                   {"members", nlohmann::json::array()},
                   {"contacts", nlohmann::json::array()},
                   {"devices", nlohmann::json::array()}};
  for (const auto& m : members(db, c.id))
    j["members"].push_back({{"uid", m.user_id},
                            {"name", m.name},
                            {"phone", m.phone},
                            {"owner", m.owner},
                            {"share_location", m.share_location}});
  for (const auto& k : contacts(db, c.id))
    j["contacts"].push_back({{"phone", k.phone}, {"name", k.name}});
  for (const auto& d : circle_devices(db, c.id)) j["devices"].push_back(device_json(d));
  return j;
}

void claim(db::Connection& db, long long circle_id, const std::string& holder,
           const std::string& phone, const std::string& name) {
  auto take = [&](const char* kind, const std::string& value, const char* message) {
    if (value.empty()) return;
    try {
      db.query("INSERT INTO watch_claim (circle_id, kind, value, holder) VALUES (?, ?, ?, ?)",
               circle_id, kind, value, holder);
    } catch (const db::DuplicateKey&) {
      throw core::Conflict(message, std::string(kind) + "_taken");
    }
  };
  take("phone", phone, "家庭圈里已有人使用这个电话号码");
  take("name", name, "家庭圈里已有同名的成员、联系人或手表");
}

void release(db::Connection& db, long long circle_id, const std::string& holder) {
  db.query("DELETE FROM watch_claim WHERE circle_id = ? AND holder = ?", circle_id, holder);
}

}  // namespace watch
