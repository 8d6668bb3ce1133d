// Demo data for the family-watch service: the 小明 family circle with two parents, a
// grandmother in the phone book, one watch with today's track from home to school and back,
// the places 家 and 学校 and the events that track made. Idempotent: skipped when the demo
// watch is already bound. Fixes go through watch::ingest_fix, as the gateway's will.
#include <iostream>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "db/connection.h"
#include "redis/client.h"
#include "watch/app_session.h"
#include "watch/circle.h"
#include "watch/clock.h"
#include "watch/contact.h"
#include "watch/place.h"
#include "watch/position.h"
#include "watch/report.h"
#include "watch/story.h"

namespace cli {
namespace {

const char* kImei = "863000010000001";
const watch::LatLon kHome{39.9087, 116.3975}, kSchool{39.9230, 116.4110};

long long parent(db::Connection& db, const char* phone, const char* name) {
  db.query("INSERT IGNORE INTO user (phone, name) VALUES (?, ?)", phone, name);
  return db.query("SELECT id FROM user WHERE phone = ?", phone).one().i64(0);
}

void gps_fix(db::Connection& db, std::time_t t, watch::LatLon at, int battery) {
  watch::Fix f;
  f.imei = kImei;
  f.time = t;
  f.gps_valid = true;
  f.lat = at.lat;
  f.lon = at.lon;
  f.accuracy = 15;
  f.battery = battery;
  watch::ingest_fix(db, f);
}

// Today's school day so far: home until 07:30, the walk, school until 16:30, the walk back.
void demo_day(db::Connection& db) {
  std::string today = core::today();
  std::time_t start = watch::day_bounds(today).first;
  std::time_t now = core::now();
  auto at = [&](int minutes) { return start + minutes * 60; };
  auto between = [](watch::LatLon a, watch::LatLon b, double k) {
    return watch::LatLon{a.lat + (b.lat - a.lat) * k, a.lon + (b.lon - a.lon) * k};
  };
  int battery = 100;
  auto fix = [&](int minutes, watch::LatLon p) {
    if (at(minutes) > now) return;
    gps_fix(db, at(minutes), p, battery > 30 ? battery-- : battery);
  };
  for (int m = 6 * 60 + 30; m < 7 * 60 + 30; m += 15) fix(m, kHome);
  for (int i = 1; i <= 10; ++i) fix(7 * 60 + 30 + i * 3, between(kHome, kSchool, i / 10.0));
  for (int m = 8 * 60; m < 16 * 60 + 30; m += 20) fix(m, kSchool);
  for (int i = 1; i <= 10; ++i) fix(16 * 60 + 30 + i * 4, between(kSchool, kHome, i / 10.0));
  for (int m = 17 * 60 + 20; m < 22 * 60; m += 20) fix(m, kHome);
  // One cell-tower fix: resolved when a geolocation service is configured, else unresolved.
  watch::Fix cell;
  cell.imei = kImei;
  cell.time = std::min(now, at(12 * 60));
  cell.cells.push_back({460, 0, 4301, 20986, -70});
  watch::ingest_fix(db, cell);
}

// A few seconds of silent AMR-NB (header, then 50 frames a second of type 7 with no sound).
std::string silence(int seconds) {
  std::string s = "#!AMR\n";
  for (int i = 0; i < seconds * 50; ++i) s += char(0x3C) + std::string(31, '\0');
  return s;
}

void demo_stories(db::Connection& db, long long editor) {
  if (!watch::story_categories(db).empty()) return;
  struct Demo {
    const char* category;
    const char* title;
    const char* summary;
  };
  const Demo stories[] = {
      {"睡前故事", "小兔子乖乖", "小兔子们记住了妈妈的话，没有给大灰狼开门。"},
      {"睡前故事", "三只小猪", "三只小猪各盖了一座房子，只有砖房挡住了大灰狼。"},
      {"儿歌", "两只老虎", "两只老虎，跑得快。"},
  };
  for (const auto& s : stories) {
    long long category = 0;
    for (const auto& c : watch::story_categories(db))
      if (c.name == s.category) category = c.id;
    if (!category) category = watch::add_story_category(db, s.category, 0);
    watch::NewStory n;
    n.category_id = category;
    n.title = s.title;
    n.summary = s.summary;
    std::string audio = silence(3);
    n.audio = audio;
    watch::add_story(db, editor, n);
  }
}

}  // namespace

void demo_watch() {
  auto& db = db::local();
  long long mum = parent(db, "13800000031", "李梅");
  long long dad = parent(db, "13800000032", "王强");
  auto bound = db.query("SELECT circle_id FROM watch_device WHERE imei = ?", kImei);
  if (!bound.empty() && !bound.one().null(0)) return;
  auto circle = watch::create_circle(db, mum, "小明的家", "妈妈");
  db.query("INSERT INTO watch_member (circle_id, user_id, name, phone) VALUES (?, ?, '爸爸', ?)",
           circle.id, dad, "13800000032");
  watch::claim(db, circle.id, "member:" + std::to_string(dad), "13800000032", "爸爸");
  watch::add_contact(db, circle.id, "01066668888", "外婆");
  watch::heartbeat(db, kImei, {88, 3200, "3G"});
  db.query(
      "UPDATE watch_device SET circle_id = ?, name = '小明', phone = '13900000031', bound_at = ?"
      " WHERE imei = ?",
      circle.id, watch::utc_sql(core::now() - 30 * 86400), kImei);
  watch::claim(db, circle.id, std::string("device:") + kImei, "13900000031", "小明");
  watch::add_place(db, circle.id, mum, "家", kHome, 200);
  watch::add_place(db, circle.id, mum, "学校", kSchool, 300);
  demo_day(db);
  demo_stories(db, parent(db, "13800000008", "内容编辑"));
}

void print_watch_demo() {
  auto& db = db::local();
  auto mum = db.query("SELECT id FROM user WHERE phone = '13800000031'");
  if (mum.empty()) return;
  auto s = watch::start_session(redis::local(), mum.one().i64(0));
  std::cout << "Watch app (family 小明的家, watch IMEI " << kImei << "):\n"
            << "  妈妈 13800000031, 爸爸 13800000032: sign in by SMS code (POST /v1/sms/code,"
               " the code is in var/log/sms.log), or use this 30-day token:\n"
            << "  Authorization: Bearer " << s.token << "\n";
}

}  // namespace cli
