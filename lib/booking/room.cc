#include "booking/room.h"

#include <cstdlib>

#include "core/error.h"
#include "core/text.h"
#include "db/error.h"
#include "db/into.h"
#include "db/transact.h"

namespace booking {

namespace {

Room room_of(const db::Row& r) {
  Room room;
  db::into(r, room.id, room.name, room.capacity, room.location, room.active);
  return room;
}

struct Valid {
  std::string name, location;
  int capacity;
};

Valid validate(const RoomInput& in) {
  Valid v;
  v.name = in.name;
  v.location = in.location;
  if (v.name.empty()) throw core::BadRequest("请填写会议室名称", "name");
  if (core::char_count(v.name) > 50) throw core::BadRequest("会议室名称不能超过 50 个字", "name");
  if (core::char_count(v.location) > 100)
    throw core::BadRequest("位置不能超过 100 个字", "location");
  const std::string& c = in.capacity;
  bool digits =
      !c.empty() && c.size() <= 4 && c.find_first_not_of("0123456789") == std::string::npos;
  if (!digits) throw core::BadRequest("容纳人数应为 1 到 1000 之间的整数", "capacity");
  v.capacity = std::atoi(c.c_str());
  if (v.capacity < 1 || v.capacity > 1000)
    throw core::BadRequest("容纳人数应为 1 到 1000 之间的整数", "capacity");
  return v;
}

}  // namespace

std::vector<Room> list_rooms(db::Connection& db, bool active_only) {
  auto r = active_only ? db.query(
                             "SELECT id, name, capacity, location, active FROM room"
                             " WHERE active = 1 ORDER BY id")
                       : db.query(
                             "SELECT id, name, capacity, location, active FROM room"
                             " ORDER BY active DESC, id");
  return db::all(r, room_of);
}

std::optional<Room> find_room(db::Connection& db, long long id) {
  return db::first(
      db.query("SELECT id, name, capacity, location, active FROM room WHERE id = ?", id), room_of);
}

long long create_room(db::Connection& db, const RoomInput& in) {
  auto v = validate(in);
  try {
    return static_cast<long long>(
        db.query("INSERT INTO room (name, capacity, location) VALUES (?, ?, ?)", v.name, v.capacity,
                 v.location)
            .insert_id);
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("已有同名的会议室", "duplicate");
  }
}

void update_room(db::Connection& db, long long id, const RoomInput& in) {
  auto v = validate(in);
  if (!find_room(db, id)) throw core::NotFound("会议室不存在");
  try {
    db.query("UPDATE room SET name = ?, capacity = ?, location = ? WHERE id = ?", v.name,
             v.capacity, v.location, id);
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("已有同名的会议室", "duplicate");
  }
}

bool remove_room(db::Connection& db, long long id) {
  return db::transact(db, [&](db::Transaction& tx) -> bool {
    auto r = db.query("SELECT id FROM room WHERE id = ? FOR UPDATE", id);
    if (r.empty()) throw core::NotFound("会议室不存在");
    bool used = !db.query("SELECT 1 FROM booking WHERE room_id = ? LIMIT 1", id).empty() ||
                !db.query("SELECT 1 FROM booking_notice WHERE room_id = ? LIMIT 1", id).empty();
    bool deleted = false;
    if (used) {
      db.query("UPDATE room SET active = 0 WHERE id = ?", id);
    } else {
      try {
        db.query("DELETE FROM room WHERE id = ?", id);
        deleted = true;
      } catch (const db::ForeignKey&) {  // booked in the meantime: keep it, inactive
        db.query("UPDATE room SET active = 0 WHERE id = ?", id);
      }
    }
    tx.commit();
    return deleted;
  });
}

void reactivate_room(db::Connection& db, long long id) {
  if (db.query("UPDATE room SET active = 1 WHERE id = ?", id).affected == 0 && !find_room(db, id))
    throw core::NotFound("会议室不存在");
}

}  // namespace booking
