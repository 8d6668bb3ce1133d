// Demo data for meeting-room booking: eight rooms and a few days of bookings by the demo
// staff, so the grid shows mine / taken / free at once. Idempotent: rooms by name, bookings
// through the unique cell key.
#include "bin/cli/command.h"
#include "booking/day_cache.h"
#include "booking/slots.h"
#include "core/clock.h"
#include "db/connection.h"
#include "db/transact.h"
#include "redis/client.h"

namespace cli {

namespace {
struct DemoRoom {
  const char* name;
  int capacity;
  const char* location;
};
const DemoRoom kRooms[] = {
    {"百草厅", 30, "一楼东侧"},   {"当归室", 12, "二楼 201"},  {"黄芪室", 8, "二楼 203"},
    {"人参室", 10, "三楼 301"},   {"枸杞室", 6, "三楼 305"},   {"三七室", 4, "三楼 308"},
    {"培训教室", 60, "四楼大厅"}, {"洽谈室", 4, "一楼前台旁"},
};
// (demo username, room index, day offset, first hour, hours)
struct DemoBooking {
  const char* username;
  int room, day, hour, hours;
};
const DemoBooking kBookings[] = {
    {"sales", 1, 0, 14, 2},   {"manager", 0, 0, 9, 3}, {"teacher", 6, 0, 13, 4},
    {"sales", 3, 1, 10, 1},   {"admin", 0, 1, 15, 2},  {"teacher", 6, 1, 8, 4},
    {"manager", 2, 2, 16, 2}, {"sales", 7, 2, 11, 1},  {"teacher", 6, 3, 18, 3},
};
}  // namespace

void demo_booking() {
  auto& db = db::local();
  std::vector<long long> rooms;
  for (const auto& r : kRooms) {
    auto found = db.query("SELECT id FROM room WHERE name = ?", r.name);
    if (!found.empty()) {
      rooms.push_back(found.one().i64(0));
      continue;
    }
    rooms.push_back(static_cast<long long>(
        db.query("INSERT INTO room (name, capacity, location) VALUES (?, ?, ?)", r.name, r.capacity,
                 r.location)
            .insert_id));
  }
  std::string today = core::today();
  for (const auto& b : kBookings) {
    auto u = db.query("SELECT id FROM user WHERE username = ?", b.username);
    if (u.empty()) continue;
    for (int h = b.hour; h < b.hour + b.hours; ++h)
      db.query("INSERT IGNORE INTO booking (room_id, date, hour, user_id) VALUES (?, ?, ?, ?)",
               rooms[b.room], core::add_days(today, b.day), h, u.one().i64(0));
  }
  // A running site must show what was just written.
  booking::DayCache(redis::local(), db).changed_all();
}

// The benchmark's data set: 30 active rooms (the demo's plus numbered ones) with every
// other cell of today and tomorrow booked by the demo staff, so the grid has names to show.
void demo_booking_bench() {
  auto& db = db::local();
  const long long kRoomCount = 30;
  for (int n = 1; db.query("SELECT COUNT(*) FROM room WHERE active = 1").one().i64(0) < kRoomCount;
       ++n) {
    std::string name = "压测室" + std::to_string(n);
    db.query("INSERT IGNORE INTO room (name, capacity, location) VALUES (?, 10, '五楼')", name);
    db.query("UPDATE room SET active = 1 WHERE name = ?", name);
  }
  auto staff = db.query(
      "SELECT id FROM user WHERE username IN ('sales', 'manager', 'teacher', 'admin') ORDER BY id");
  if (staff.empty()) return;
  auto rooms = db.query("SELECT id FROM room WHERE active = 1 ORDER BY id LIMIT ?", kRoomCount);
  auto slots = booking::Slots::from_config();
  std::string today = core::today();
  db::transact(db, [&](db::Transaction& tx) {  // one commit instead of hundreds
    size_t i = 0;
    for (const auto& day : {today, core::add_days(today, 1)})
      for (size_t r = 0; r < rooms.rows.size(); ++r)
        for (int s = 1; s <= slots.count(); ++s)
          if ((r + s) % 2 == 0)
            db.query(
                "INSERT IGNORE INTO booking (room_id, date, hour, user_id) VALUES (?, ?, ?, ?)",
                rooms.rows[r].i64(0), day, slots.hour(s),
                staff.rows[i++ % staff.rows.size()].i64(0));
    tx.commit();
  });
  booking::DayCache(redis::local(), db).changed_all();
}

}  // namespace cli
