// The day grid's cache against real MariaDB and Redis: a hit does not touch the database, a
// change is seen on the very next read, and a Redis outage only costs speed.
#include <gtest/gtest.h>

#include "auth/user.h"
#include "booking/change.h"
#include "booking/day_cache.h"
#include "booking/grid.h"
#include "booking/room.h"
#include "redis/client.h"
#include "tests/support/stack.h"

namespace {

const std::string kToday = "2030-01-10";
const std::string kDate = "2030-01-11";

booking::Slots slots() { return booking::Slots{8, 20, 30}; }

}  // namespace

class BookingDayCache : public testenv::DbTest {
 protected:
  void SetUp() override {
    db().exec("DELETE FROM booking");
    db().exec("DELETE FROM room");
    user_ = static_cast<long long>(db().query("INSERT IGNORE INTO user (phone, name, nickname)"
                                              " VALUES ('13900000001', '甲', '小甲')")
                                       .insert_id);
    if (user_ == 0) user_ = db().query("SELECT id FROM user").one().i64(0);
    room_ = booking::create_room(db(), {"一号会议室", "3楼", "10"});
    cache().changed_all();  // the tables were just rewritten behind the cache's back
  }
  booking::DayCache cache() { return booking::DayCache(redis::local(), db()); }
  // A booking written straight into the database, bypassing every invalidation.
  void book_behind_the_cache(long long room, int hour) {
    db().query("INSERT INTO booking (room_id, date, hour, user_id) VALUES (?, ?, ?, ?)", room,
               kDate, hour, user_);
  }
  size_t booked() { return cache().day(kDate).booked.size(); }
  long long user_ = 0, room_ = 0;
};

TEST_F(BookingDayCache, AHitComesFromRedisNotFromTheDatabase) {
  EXPECT_EQ(booked(), 0u);  // miss: loaded and stored
  book_behind_the_cache(room_, 9);
  EXPECT_EQ(booked(), 0u) << "served from Redis";
  cache().changed(kDate);
  auto day = cache().day(kDate);
  ASSERT_EQ(day.booked.size(), 1u);
  EXPECT_EQ(day.booked[0].room, room_);
  EXPECT_EQ(day.booked[0].hour, 9);
  EXPECT_EQ(day.booked[0].user, user_);
  EXPECT_EQ(day.booked[0].name, "小甲");
  ASSERT_EQ(day.rooms.size(), 1u);
  EXPECT_EQ(day.rooms[0].name, "一号会议室");
  EXPECT_EQ(day.rooms[0].location, "3楼");
  EXPECT_EQ(day.rooms[0].capacity, 10);
}

TEST_F(BookingDayCache, TheCachedDayBuildsTheSameGridAsTheDatabase) {
  book_behind_the_cache(room_, 10);
  cache().changed(kDate);
  cache().day(kDate);  // stored
  auto cached =
      booking::to_json(booking::grid(cache().day(kDate), slots(), kDate, user_, kToday, 12));
  auto fresh = booking::to_json(booking::grid(db(), slots(), kDate, user_, kToday, 12));
  EXPECT_EQ(cached, fresh);
}

TEST_F(BookingDayCache, AChangeOfOneDateLeavesOtherDatesCached) {
  EXPECT_EQ(booked(), 0u);
  EXPECT_EQ(cache().day(kToday).booked.size(), 0u);
  book_behind_the_cache(room_, 9);
  db().query("INSERT INTO booking (room_id, date, hour, user_id) VALUES (?, ?, 15, ?)", room_,
             kToday, user_);
  cache().changed(kDate);
  EXPECT_EQ(booked(), 1u);
  EXPECT_EQ(cache().day(kToday).booked.size(), 0u) << "still the cached (now stale) copy";
}

TEST_F(BookingDayCache, ARoomChangeShowsOnEveryDate) {
  EXPECT_EQ(cache().day(kDate).rooms.size(), 1u);
  EXPECT_EQ(cache().day(kToday).rooms.size(), 1u);
  booking::create_room(db(), {"二号会议室", "", "6"});
  booking::update_room(db(), room_, {"改名会议室", "4楼", "12"});
  cache().changed_all();
  for (const auto& date : {kDate, kToday}) {
    auto rooms = cache().day(date).rooms;
    ASSERT_EQ(rooms.size(), 2u) << date;
    EXPECT_EQ(rooms[0].name, "改名会议室");
  }
  booking::remove_room(db(), room_);
  cache().changed_all();
  EXPECT_EQ(cache().day(kDate).rooms.size(), 1u);
}

TEST_F(BookingDayCache, ASaveInvalidatesItsDateSoTheNextGridShowsIt) {
  EXPECT_EQ(booked(), 0u);
  auth::User u;
  u.id = user_;
  u.roles = {"staff"};
  auto o = booking::apply(db(), u, {kDate, {{room_, 3}}, {}, ""}, slots(), kToday, 12);
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(booked(), 0u) << "apply alone leaves the cache to its caller";
  cache().changed(kDate);
  auto g = booking::grid(cache().day(kDate), slots(), kDate, user_, kToday, 12);
  EXPECT_EQ(g.rows[0].cells[2].state, "mine");
}

TEST_F(BookingDayCache, WithRedisDownTheDatabaseAnswers) {
  redis::Settings s = redis::Settings::from_config();
  s.socket = "";
  s.host = "127.0.0.1";
  s.port = 1;  // nothing listens there
  s.timeout_ms = 200;
  redis::Client down(s);
  book_behind_the_cache(room_, 9);
  booking::DayCache cache(down, db());
  EXPECT_EQ(cache.day(kDate).booked.size(), 1u);
  cache.changed(kDate);  // logged, not thrown: the change is committed already
  cache.changed_all();
}
