// Meeting-room booking through nginx and the real programs: the §7 JSON contract case by
// case, races decided by the database, the no-JavaScript form, my bookings and calendars.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "booking/day_cache.h"
#include "core/clock.h"
#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/http.h"
#include "tests/support/race.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using nlohmann::json;
using testenv::Http;

namespace {

// A staff user without the cost of password hashing (the races need many).
long long staff_user(const std::string& name, const std::string& roles = "staff") {
  return static_cast<long long>(db::local()
                                    .query("INSERT INTO user (phone, name, roles) VALUES (?, ?, ?)",
                                           testenv::unique_phone(), name, roles)
                                    .insert_id);
}

long long new_room(const std::string& label = "") {
  static std::atomic<int> n{0};
  std::string name = "测试室" + label + std::to_string(++n) + "-" + testenv::unique_phone();
  auto id = static_cast<long long>(
      db::local()
          .query("INSERT INTO room (name, capacity, location) VALUES (?, 8, ?)", name, "二楼")
          .insert_id);
  // What /booking/rooms does after creating a room: every cached day gets the new row.
  booking::DayCache(redis::local(), db::local()).changed_all();
  return id;
}

std::string tomorrow() { return core::add_days(core::today(), 1); }

json cell(long long room, int slot) { return {{"room", room}, {"slot", slot}}; }

// A logged-in browser: the client and its CSRF header.
struct Browser {
  Http http;
  std::string csrf;
  long long id;
  explicit Browser(long long user) : id(user) { csrf = testenv::login_as(http, user); }
  testenv::HttpResponse save(const json& body) {
    return http.post_json("/booking/save", body, {"X-CSRF-Token: " + csrf});
  }
};

long long owner(long long room, const std::string& date, int hour) {
  auto r = db::local().query(
      "SELECT user_id FROM booking WHERE room_id = ? AND date = ? AND hour = ?", room, date, hour);
  return r.empty() ? 0 : r.one().i64(0);
}

long long bookings_of(long long room) {
  return db::local().query("SELECT COUNT(*) FROM booking WHERE room_id = ?", room).one().i64(0);
}

const json* room_in(const json& grid, long long room) {
  for (const auto& r : grid["rooms"])
    if (r["id"] == room) return &r;
  return nullptr;
}

}  // namespace

TEST(BookingAccess, AnonymousIsSentToLoginOrGets401Json) {
  Http c;
  auto page = c.get("/booking");
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.header("location").rfind("/login?next=", 0), 0u) << page.header("location");
  auto grid = c.get("/booking/grid.json?date=" + tomorrow());
  EXPECT_EQ(grid.status, 401);
  EXPECT_EQ(grid.json()["ok"], false);
  EXPECT_EQ(c.get("/booking/mine").status, 303);
  EXPECT_EQ(c.get("/booking/my.ics").status, 303);
}

TEST(BookingAccess, MembersWithoutAStaffRoleGet403) {
  Browser m(staff_user("普通会员", ""));
  EXPECT_EQ(m.http.get("/booking").status, 403);
  auto grid = m.http.get("/booking/grid.json");
  EXPECT_EQ(grid.status, 403);
  EXPECT_EQ(grid.json()["error"], "forbidden");
  EXPECT_EQ(m.save({{"date", tomorrow()}, {"add", json::array({cell(new_room(), 1)})}}).status,
            403);
  EXPECT_EQ(m.http.get("/booking/rooms").status, 403);
  for (const char* role : {"staff", "sales", "sales_manager", "teacher", "admin"}) {
    Browser s(staff_user("员工", role));
    EXPECT_EQ(s.http.get("/booking").status, 200) << role;
    EXPECT_EQ(s.http.get("/booking/grid.json").status, 200) << role;
  }
}

TEST(BookingApi, GridJsonHasTheContractShape) {
  long long room = new_room();
  Browser a(staff_user("甲"));
  auto r = a.http.get("/booking/grid.json?date=" + tomorrow());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.header("content-type").find("application/json"), std::string::npos);
  auto j = r.json();
  EXPECT_EQ(j["ok"], true);
  EXPECT_EQ(j["date"], tomorrow());
  ASSERT_EQ(j["slots"].size(), 13u);
  EXPECT_EQ(j["slots"][0], (json{{"id", 1}, {"label", "8:00"}}));
  EXPECT_EQ(j["slots"][12], (json{{"id", 13}, {"label", "20:00"}}));
  auto* row = room_in(j, room);
  ASSERT_TRUE(row);
  EXPECT_TRUE((*row)["name"].is_string());
  ASSERT_EQ((*row)["cells"].size(), 13u);
  EXPECT_EQ((*row)["cells"][0], (json{{"slot", 1}, {"state", "free"}, {"user", nullptr}}));
  EXPECT_EQ(a.http.get("/booking/grid.json").json()["date"], core::today()) << "no date: today";
}

TEST(BookingApi, GridJsonRejectsBadPastAndTooDistantDates) {
  Browser a(staff_user("甲"));
  for (std::string d : {std::string("2030-02-30"), std::string("tomorrow"),
                        core::add_days(core::today(), -1), core::add_days(core::today(), 31)}) {
    auto r = a.http.get("/booking/grid.json?date=" + d);
    EXPECT_EQ(r.status, 400) << d;
    EXPECT_EQ(r.json()["error"], "bad_request") << d;
  }
  EXPECT_EQ(a.http.get("/booking/grid.json?date=" + core::add_days(core::today(), 30)).status, 200);
}

TEST(BookingApi, SavedCellsAreMineForMeAndTakenWithMyNameForOthers) {
  long long room = new_room();
  Browser a(staff_user("张三")), b(staff_user("李四"));
  auto r = a.save({{"date", tomorrow()}, {"add", json::array({cell(room, 2), cell(room, 3)})}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json(), (json{{"ok", true}, {"added", 2}, {"cancelled", 0}}));
  auto mine = *room_in(a.http.get("/booking/grid.json?date=" + tomorrow()).json(), room);
  EXPECT_EQ(mine["cells"][1]["state"], "mine");
  EXPECT_EQ(mine["cells"][2]["state"], "mine");
  auto theirs = *room_in(b.http.get("/booking/grid.json?date=" + tomorrow()).json(), room);
  EXPECT_EQ(theirs["cells"][1], (json{{"slot", 2}, {"state", "taken"}, {"user", "张三"}}));
  r = a.save({{"date", tomorrow()},
              {"add", json::array({cell(room, 4)})},
              {"cancel", json::array({cell(room, 2)})}});
  EXPECT_EQ(r.json(), (json{{"ok", true}, {"added", 1}, {"cancelled", 1}}));
  EXPECT_EQ(owner(room, tomorrow(), 9), 0);
  EXPECT_EQ(owner(room, tomorrow(), 11), a.id);
}

TEST(BookingApi, EmptyChangeIs200AndChangesNothing) {
  Browser a(staff_user("甲"));
  auto r = a.save({{"date", tomorrow()}, {"add", json::array()}, {"cancel", json::array()}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.json(), (json{{"ok", true}, {"added", 0}, {"cancelled", 0}}));
}

TEST(BookingApi, BadRequestsAre400WithAChineseMessageAndWriteNothing) {
  long long room = new_room(), inactive = new_room();
  db::local().query("UPDATE room SET active = 0 WHERE id = ?", inactive);
  Browser a(staff_user("甲"));
  std::string t = tomorrow();
  const json cases[] = {
      {{"date", core::add_days(core::today(), -1)}, {"add", json::array({cell(room, 12)})}},
      {{"date", core::add_days(core::today(), 31)}, {"add", json::array({cell(room, 1)})}},
      {{"date", t}, {"add", json::array({cell(room, 1), cell(room, 14)})}},
      {{"date", t}, {"add", json::array({cell(room, 0)})}},
      {{"date", t}, {"add", json::array({cell(room, 1), cell(room + 100000, 1)})}},
      {{"date", t}, {"add", json::array({cell(room, 1), cell(inactive, 1)})}},
      {{"date", t},
       {"add", json::array({cell(room, 5)})},
       {"cancel", json::array({cell(room, 5)})}},
      {{"date", "2030-02-30"}, {"add", json::array({cell(room, 1)})}},
      {{"add", json::array({cell(room, 1)})}},
      {{"date", t}, {"add", json::array({{{"room", "x"}, {"slot", 1}}})}},
      {{"date", t}, {"add", "1:1"}},
      json::array({1, 2}),
  };
  for (const auto& body : cases) {
    auto r = a.save(body);
    EXPECT_EQ(r.status, 400) << body.dump() << " -> " << r.body;
    auto j = r.json();
    EXPECT_EQ(j["ok"], false);
    EXPECT_EQ(j["error"], "bad_request");
    EXPECT_FALSE(j["message"].get<std::string>().empty());
  }
  auto raw = a.http.post_raw("/booking/save", "{not json", "application/json",
                             {"X-CSRF-Token: " + a.csrf});
  EXPECT_EQ(raw.status, 400);
  EXPECT_EQ(bookings_of(room), 0);
  EXPECT_EQ(bookings_of(inactive), 0);
}

TEST(BookingApi, SaveNeedsPostAndTheCsrfToken) {
  long long room = new_room();
  Browser a(staff_user("甲"));
  EXPECT_EQ(a.http.get("/booking/save").status, 405);
  auto r = a.http.post_json("/booking/save",
                            {{"date", tomorrow()}, {"add", json::array({cell(room, 1)})}});
  EXPECT_EQ(r.status, 403);
  r = a.http.post_json("/booking/save",
                       {{"date", tomorrow()}, {"add", json::array({cell(room, 1)})}},
                       {"X-CSRF-Token: wrong"});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(bookings_of(room), 0);
}

TEST(BookingApi, ConflictIs409ListingEveryConflictingCellAndChangesNothing) {
  long long r1 = new_room(), r2 = new_room();
  Browser a(staff_user("甲")), b(staff_user("乙"));
  ASSERT_EQ(b.save({{"date", tomorrow()}, {"add", json::array({cell(r1, 3), cell(r2, 7)})}}).status,
            200);
  ASSERT_EQ(a.save({{"date", tomorrow()}, {"add", json::array({cell(r2, 1)})}}).status, 200);
  auto r = a.save({{"date", tomorrow()},
                   {"add", json::array({cell(r1, 2), cell(r1, 3), cell(r2, 6), cell(r2, 7)})},
                   {"cancel", json::array({cell(r2, 1)})}});
  ASSERT_EQ(r.status, 409) << r.body;
  auto j = r.json();
  EXPECT_EQ(j["ok"], false);
  EXPECT_EQ(j["error"], "conflict");
  EXPECT_EQ(j["conflicts"], json::array({cell(r1, 3), cell(r2, 7)}));
  EXPECT_EQ(owner(r1, tomorrow(), 9), 0);
  EXPECT_EQ(owner(r2, tomorrow(), 13), 0);
  EXPECT_EQ(owner(r2, tomorrow(), 8), a.id) << "the cancel in the failed batch did not happen";
}

TEST(BookingApi, AnotherUsersBookingCannotBeCancelled) {
  long long room = new_room();
  Browser a(staff_user("甲")), b(staff_user("乙"));
  ASSERT_EQ(b.save({{"date", tomorrow()}, {"add", json::array({cell(room, 5)})}}).status, 200);
  auto r = a.save({{"date", tomorrow()},
                   {"add", json::array({cell(room, 6)})},
                   {"cancel", json::array({cell(room, 5)})}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.json()["error"], "forbidden");
  EXPECT_EQ(owner(room, tomorrow(), 12), b.id);
  EXPECT_EQ(owner(room, tomorrow(), 13), 0);
}

TEST(BookingApi, AdminCancelsAnyBookingAndTheBookerSeesTheNote) {
  long long room = new_room();
  Browser admin(staff_user("王管理", "admin")), b(staff_user("乙"));
  ASSERT_EQ(b.save({{"date", tomorrow()}, {"add", json::array({cell(room, 5)})}}).status, 200);
  auto r = admin.save({{"date", tomorrow()},
                       {"cancel", json::array({cell(room, 5)})},
                       {"note", "<b>领导临时开会</b>"}});
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(owner(room, tomorrow(), 12), 0);
  auto mine = b.http.get("/booking/mine");
  EXPECT_NE(mine.body.find("王管理"), std::string::npos);
  EXPECT_NE(mine.body.find("&lt;b&gt;领导临时开会&lt;/b&gt;"), std::string::npos);
}

TEST(BookingRace, FiftyClientsBookingOneFreeCellGiveExactlyOneBooking) {
  long long room = new_room();
  const int n = 50;
  std::vector<long long> users;
  for (int i = 0; i < n; ++i) users.push_back(staff_user("抢" + std::to_string(i)));
  auto tally = testenv::race(n, [&](int i) {
    Browser c(users[i]);
    auto r = c.save({{"date", tomorrow()}, {"add", json::array({cell(room, 7)})}});
    if (r.status == 409 && r.json()["conflicts"] != json::array({cell(room, 7)}))
      return testenv::Ended::kOther;
    return testenv::by_status(r.status);
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, n - 1);
  EXPECT_EQ(tally.other, 0);
  EXPECT_EQ(bookings_of(room), 1);
}

TEST(BookingRace, TwoOverlappingBatchesInParallelEndAsOneSerialOrder) {
  long long r1 = new_room(), r2 = new_room();
  Browser a(staff_user("甲")), b(staff_user("乙"));
  for (int round = 0; round < 10; ++round) {
    std::string date = core::add_days(core::today(), 2 + round);
    // Overlap on (r1, 3) and (r2, 3), listed in opposite orders to invite a deadlock.
    json ba = {{"date", date}, {"add", json::array({cell(r1, 1), cell(r1, 3), cell(r2, 3)})}};
    json bb = {{"date", date},
               {"add", json::array({cell(r2, 4), cell(r2, 3), cell(r1, 3), cell(r1, 5)})}};
    testenv::HttpResponse ra, rb;
    std::thread ta([&] { ra = a.save(ba); }), tb([&] { rb = b.save(bb); });
    ta.join();
    tb.join();
    ASSERT_TRUE((ra.status == 200 && rb.status == 409) || (ra.status == 409 && rb.status == 200))
        << ra.status << " " << ra.body << " / " << rb.status << " " << rb.body;
    auto winner = ra.status == 200 ? a.id : b.id;
    auto rows = db::local().query(
        "SELECT user_id, COUNT(*) FROM booking WHERE date = ? AND room_id IN (?, ?) GROUP BY "
        "user_id",
        date, r1, r2);
    ASSERT_EQ(rows.rows.size(), 1u) << "only the winner holds cells";
    EXPECT_EQ(rows.one().i64(0), winner);
    EXPECT_EQ(rows.one().i64(1), winner == a.id ? 3 : 4) << "the winner got its whole batch";
    auto& loser = ra.status == 409 ? ra : rb;
    EXPECT_EQ(loser.json()["conflicts"].size(), 2u);
  }
}

// Weekly meetings (issue 17): every week up to the horizon in one transaction, the subject in
// the grid, and a conflict in any week named by its date with nothing booked.
TEST(BookingWeekly, AWeeklyMeetingIsBookedEveryWeekAndItsSubjectShowsInTheGrid) {
  long long room = new_room();
  Browser a(staff_user("周会甲")), b(staff_user("周会乙"));
  auto r = a.save({{"date", tomorrow()},
                   {"add", json::array({cell(room, 2), cell(room, 3)})},
                   {"subject", "项目周会<script>"},
                   {"weeks", 3}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["added"], 6);
  std::string third = core::add_days(tomorrow(), 14);
  EXPECT_EQ(owner(room, third, 9), a.id);
  EXPECT_EQ(owner(room, third, 10), a.id);
  EXPECT_EQ(owner(room, core::add_days(tomorrow(), 7), 9), a.id);
  auto grid = b.http.get("/booking/grid.json?date=" + third);
  ASSERT_EQ(grid.status, 200);
  json g = grid.json();
  const json* row = room_in(g, room);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ((*row)["cells"][1]["state"], "taken");
  EXPECT_EQ((*row)["cells"][1]["subject"], "项目周会<script>");
  EXPECT_FALSE((*row)["cells"][0].contains("subject")) << "a cell without one keeps the §7 shape";
  auto page = b.http.get("/booking?date=" + third);
  EXPECT_NE(page.body.find("<span class=\"cell-subject\">项目周会&lt;script&gt;</span>"),
            std::string::npos);
  auto mine = a.http.get("/booking/mine");
  EXPECT_NE(mine.body.find("项目周会&lt;script&gt;"), std::string::npos);
  auto ics = a.http.get("/booking/my.ics");
  EXPECT_NE(ics.body.find("SUMMARY:项目周会<script>（"), std::string::npos);
}

TEST(BookingWeekly, ATakenWeekIs409NamingItsDateAndNothingIsBooked) {
  long long room = new_room();
  Browser a(staff_user("周会丙")), b(staff_user("周会丁"));
  std::string third = core::add_days(tomorrow(), 14);
  ASSERT_EQ(b.save({{"date", third}, {"add", json::array({cell(room, 3)})}}).status, 200);
  auto r = a.save(
      {{"date", tomorrow()}, {"add", json::array({cell(room, 2), cell(room, 3)})}, {"weeks", 3}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json()["conflicts"], json::array({{{"date", third}, {"room", room}, {"slot", 3}}}));
  EXPECT_EQ(bookings_of(room), 1) << "no week of the meeting was booked";
  // The form says the same, naming the date, and keeps the choice.
  std::string id = std::to_string(room);
  auto form = a.http.post("/booking", {{"csrf_token", a.csrf},
                                       {"date", tomorrow()},
                                       {"add", id + ":3"},
                                       {"subject", "评审会"},
                                       {"weeks", "3"}});
  EXPECT_EQ(form.status, 409);
  EXPECT_NE(form.body.find("本次未做任何更改：" + third), std::string::npos);
  EXPECT_NE(form.body.find("value=\"评审会\""), std::string::npos);
  EXPECT_NE(form.body.find("<option value=\"3\" selected>"), std::string::npos);
  EXPECT_EQ(bookings_of(room), 1);
  // Beyond the horizon, or a bad number of weeks: 400 at the weeks field, nothing written.
  auto far = a.save({{"date", tomorrow()}, {"add", json::array({cell(room, 5)})}, {"weeks", 6}});
  EXPECT_EQ(far.status, 400);
  EXPECT_EQ(far.json()["field"], "weeks");
  EXPECT_EQ(
      a.save({{"date", tomorrow()}, {"add", json::array({cell(room, 5)})}, {"weeks", "2"}}).status,
      400);
  EXPECT_EQ(bookings_of(room), 1);
}

TEST(BookingRace, ParallelWeeklyMeetingsSharingOneWeekEndWithOneWinner) {
  long long room = new_room();
  const int n = 12;
  std::vector<long long> users;
  for (int i = 0; i < n; ++i) users.push_back(staff_user("周会" + std::to_string(i)));
  auto tally = testenv::race(n, [&](int i) {
    Browser c(users[i]);
    // Each starts on a different week; all of them hold the third week's cell.
    int first = i % 3;
    return testenv::by_status(c.save({{"date", core::add_days(tomorrow(), 7 * first)},
                                      {"add", json::array({cell(room, 6)})},
                                      {"weeks", 3 - first}})
                                  .status);
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, n - 1);
  EXPECT_EQ(tally.other, 0);
  long long winner = owner(room, core::add_days(tomorrow(), 14), 13);
  ASSERT_NE(winner, 0);
  // The winner's meeting is whole, and nobody else holds any week of that slot.
  auto weeks =
      db::local()
          .query("SELECT COUNT(*), COUNT(DISTINCT user_id) FROM booking WHERE room_id = ?", room)
          .one();
  EXPECT_EQ(weeks.i64(1), 1);
  EXPECT_GE(weeks.i64(0), 1);
  EXPECT_LE(weeks.i64(0), 3);
}

TEST(BookingPage, BookersNamesWithScriptRenderAsText) {
  long long room = new_room();
  Browser evil(staff_user("<script>alert(1)</script>")), a(staff_user("甲"));
  ASSERT_EQ(evil.save({{"date", tomorrow()}, {"add", json::array({cell(room, 1)})}}).status, 200);
  auto page = a.http.get("/booking?date=" + tomorrow());
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(page.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST(BookingPage, DayGridRendersRoomsSlotsAndStatesWithNavigation) {
  long long room = new_room();
  Browser a(staff_user("甲")), b(staff_user("乙"));
  ASSERT_EQ(b.save({{"date", tomorrow()}, {"add", json::array({cell(room, 2)})}}).status, 200);
  ASSERT_EQ(a.save({{"date", tomorrow()}, {"add", json::array({cell(room, 3)})}}).status, 200);
  auto r = a.http.get("/booking?date=" + tomorrow());
  ASSERT_EQ(r.status, 200);
  const auto& h = r.body;
  std::string id = std::to_string(room);
  EXPECT_NE(h.find("role=\"grid\""), std::string::npos);
  EXPECT_NE(h.find("<th scope=\"col\" role=\"columnheader\">20:00</th>"), std::string::npos);
  EXPECT_NE(h.find("id=\"cell-" + id + "-1\" class=\"cell cell-free\""), std::string::npos);
  EXPECT_NE(h.find("id=\"cell-" + id + "-2\" class=\"cell cell-taken\""), std::string::npos);
  EXPECT_NE(h.find("id=\"cell-" + id + "-3\" class=\"cell cell-mine\""), std::string::npos);
  EXPECT_NE(h.find("name=\"add\" value=\"" + id + ":1\""), std::string::npos);
  EXPECT_NE(h.find("name=\"cancel\" value=\"" + id + ":3\""), std::string::npos);
  EXPECT_EQ(h.find("value=\"" + id + ":2\""), std::string::npos) << "no checkbox on others' cells";
  EXPECT_NE(h.find("href=\"/booking?date=" + core::today() + "\" rel=\"prev\""), std::string::npos);
  EXPECT_NE(h.find("href=\"/booking?date=" + core::add_days(tomorrow(), 1) + "\" rel=\"next\""),
            std::string::npos);
  EXPECT_NE(h.find("/js/booking.js"), std::string::npos);
  auto today = a.http.get("/booking");
  EXPECT_EQ(today.body.find("rel=\"prev\""), std::string::npos) << "no way back from today";
  auto past = a.http.get("/booking?date=" + core::add_days(core::today(), -3));
  EXPECT_EQ(past.status, 302);
  EXPECT_EQ(past.header("location"), "/booking?date=" + core::today());
}

TEST(BookingPage, FormWithoutJavaScriptBooksAndCancelsThroughTheSameRules) {
  long long room = new_room();
  Browser a(staff_user("甲")), b(staff_user("乙"));
  std::string id = std::to_string(room), t = tomorrow();
  auto r = a.http.post(
      "/booking", {{"csrf_token", a.csrf}, {"date", t}, {"add", id + ":1"}, {"add", id + ":2"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/booking?date=" + t + "&added=2&cancelled=0");
  EXPECT_EQ(owner(room, t, 8), a.id);
  EXPECT_NE(a.http.get(r.header("location")).body.find("已保存"), std::string::npos);
  r = a.http.post("/booking", {{"csrf_token", a.csrf}, {"date", t}, {"cancel", id + ":1"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(owner(room, t, 8), 0);
  r = b.http.post("/booking",
                  {{"csrf_token", b.csrf}, {"date", t}, {"add", id + ":3"}, {"add", id + ":2"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("本次未做任何更改"), std::string::npos);
  EXPECT_NE(r.body.find("cell-conflict"), std::string::npos);
  EXPECT_EQ(owner(room, t, 10), 0);
  r = b.http.post("/booking", {{"csrf_token", b.csrf}, {"date", t}, {"add", id + ":99"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("时段不存在"), std::string::npos);
  EXPECT_EQ(b.http.post("/booking", {{"date", t}, {"add", id + ":4"}}).status, 403) << "CSRF";
  EXPECT_EQ(owner(room, t, 11), 0);
}

TEST(BookingMine, AdjacentSlotsMergeIntoOneMeetingAndCalendarsExportThem) {
  long long room = new_room("日历");
  Browser a(staff_user("甲"));
  ASSERT_EQ(
      a.save({{"date", tomorrow()},
              {"add", json::array({cell(room, 2), cell(room, 3), cell(room, 4), cell(room, 7)})}})
          .status,
      200);
  auto page = a.http.get("/booking/mine");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("9:00-12:00"), std::string::npos);
  EXPECT_NE(page.body.find("14:00-15:00"), std::string::npos);
  auto ics = a.http.get("/booking/my.ics");
  ASSERT_EQ(ics.status, 200);
  EXPECT_NE(ics.header("content-type").find("text/calendar"), std::string::npos);
  std::string d = tomorrow().substr(0, 4) + tomorrow().substr(5, 2) + tomorrow().substr(8, 2);
  EXPECT_NE(ics.body.find("DTSTART;TZID=Asia/Shanghai:" + d +
                          "T090000\r\nDTEND;TZID=Asia/Shanghai:" + d + "T120000\r\n"),
            std::string::npos)
      << ics.body;
  EXPECT_EQ(ics.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_NE(ics.body.find("SUMMARY:会议室：测试室日历"), std::string::npos);

  // The subscription URL works without a session until the token is regenerated.
  auto pos = page.body.find("/booking/feed/");
  ASSERT_NE(pos, std::string::npos);
  std::string feed = page.body.substr(pos, page.body.find(".ics", pos) + 4 - pos);
  Http anonymous;
  auto f = anonymous.get(feed);
  EXPECT_EQ(f.status, 200);
  EXPECT_NE(f.body.find("DTEND;TZID=Asia/Shanghai:" + d + "T150000"), std::string::npos);
  EXPECT_EQ(anonymous.get("/booking/feed/0123456789abcdef0123456789abcdef.ics").status, 404);
  auto regen = a.http.post("/booking/feed/token", {{"csrf_token", a.csrf}});
  EXPECT_EQ(regen.status, 303);
  EXPECT_EQ(anonymous.get(feed).status, 404) << "the old URL is revoked";
  EXPECT_EQ(a.http.get("/booking/mine").body.find(feed), std::string::npos);
}

// Cancel from my bookings (issue 17): each meeting carries the grid's own form over all its
// slots, and cancelling it comes back to the list.
TEST(BookingMine, AMeetingIsCancelledFromTheListInOneStep) {
  long long room = new_room("取消");
  Browser a(staff_user("取消者"));
  std::string id = std::to_string(room), t = tomorrow();
  ASSERT_EQ(a.save({{"date", t}, {"add", json::array({cell(room, 3), cell(room, 4)})}}).status,
            200);
  auto page = a.http.get("/booking/mine").body;
  EXPECT_NE(page.find("name=\"cancel\" value=\"" + id + ":3\""), std::string::npos);
  EXPECT_NE(page.find("name=\"cancel\" value=\"" + id + ":4\""), std::string::npos);
  auto r = a.http.post("/booking", {{"csrf_token", a.csrf},
                                    {"date", t},
                                    {"from", "mine"},
                                    {"cancel", id + ":3"},
                                    {"cancel", id + ":4"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/booking/mine?cancelled=2");
  EXPECT_EQ(owner(room, t, 10), 0);
  EXPECT_EQ(owner(room, t, 11), 0);
  auto after = a.http.get(r.header("location")).body;
  EXPECT_NE(after.find("已取消 2 个时段的预订"), std::string::npos);
  EXPECT_EQ(after.find("name=\"cancel\" value=\"" + id + ":3\""), std::string::npos);
  // Someone else's meeting cannot be cancelled through the same form.
  Browser b(staff_user("旁人"));
  ASSERT_EQ(b.save({{"date", t}, {"add", json::array({cell(room, 6)})}}).status, 200);
  EXPECT_EQ(
      a.http
          .post("/booking",
                {{"csrf_token", a.csrf}, {"date", t}, {"from", "mine"}, {"cancel", id + ":6"}})
          .status,
      403);
  EXPECT_EQ(owner(room, t, 13), b.id);
}

// Find a free room (issue 17): by date, time span and capacity; the button books the span.
TEST(BookingFree, RoomsFreeForTheWholeSpanWithRoomEnoughAndOneTapToBook) {
  long long busy = new_room("忙"), open = new_room("闲");
  Browser a(staff_user("找房人")), b(staff_user("占房人"));
  std::string t = tomorrow();
  ASSERT_EQ(b.save({{"date", t}, {"add", json::array({cell(busy, 4)})}}).status, 200);  // 11:00
  auto page = a.http.get("/booking/free?date=" + t + "&from=10&to=12&capacity=8");
  ASSERT_EQ(page.status, 200);
  std::string o = std::to_string(open), x = std::to_string(busy);
  EXPECT_NE(page.body.find("name=\"add\" value=\"" + o + ":3\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"add\" value=\"" + o + ":4\""), std::string::npos);
  EXPECT_EQ(page.body.find("value=\"" + x + ":3\""), std::string::npos) << "busy at 11:00";
  // Too small for 9 people (test rooms seat 8).
  EXPECT_EQ(a.http.get("/booking/free?date=" + t + "&from=10&to=12&capacity=9")
                .body.find("value=\"" + o + ":3\""),
            std::string::npos);
  EXPECT_EQ(a.http.get("/booking/free?date=" + t + "&from=12&to=10").status, 400);
  auto r = a.http.post("/booking",
                       {{"csrf_token", a.csrf}, {"date", t}, {"add", o + ":3"}, {"add", o + ":4"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(owner(open, t, 10), a.id);
  EXPECT_EQ(owner(open, t, 11), a.id);
}

// A week view of one room (issue 17): seven days, each slot free, mine or the booker's name.
TEST(BookingWeek, OneRoomsWeekShowsWhoHasEachSlot) {
  long long room = new_room("周");
  Browser a(staff_user("周视图甲")), b(staff_user("周视图乙"));
  std::string t = tomorrow();
  ASSERT_EQ(a.save({{"date", t}, {"add", json::array({cell(room, 2)})}}).status, 200);
  ASSERT_EQ(b.save({{"date", t}, {"add", json::array({cell(room, 3)})}}).status, 200);
  auto page = a.http.get("/booking/rooms/" + std::to_string(room) + "/week?start=" + t);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<td class=\"cell-mine small\">我的预订</td>"), std::string::npos);
  EXPECT_NE(page.body.find("<td class=\"cell-taken small\">周视图乙</td>"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/booking?date=" + t + "\""), std::string::npos);
  EXPECT_NE(a.http.get("/booking?date=" + t)
                .body.find("/booking/rooms/" + std::to_string(room) + "/week?start=" + t),
            std::string::npos)
      << "the grid links each room's week";
  EXPECT_EQ(a.http.get("/booking/rooms/999999/week").status, 404);
}

TEST(BookingRooms, AdminCreatesEditsAndDeactivatesRooms) {
  Browser admin(staff_user("管理", "admin")), a(staff_user("甲"));
  std::string name = "新会议室" + testenv::unique_phone();
  auto r = admin.http.post("/booking/rooms", {{"csrf_token", admin.csrf},
                                              {"action", "create"},
                                              {"name", name},
                                              {"capacity", "12"},
                                              {"location", "五楼"}});
  EXPECT_EQ(r.status, 303);
  auto row = db::local().query("SELECT id, capacity FROM room WHERE name = ?", name);
  ASSERT_EQ(row.rows.size(), 1u);
  long long id = row.one().i64(0);
  std::string sid = std::to_string(id);
  r = admin.http.post(
      "/booking/rooms",
      {{"csrf_token", admin.csrf}, {"action", "create"}, {"name", ""}, {"capacity", "12"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("请填写会议室名称"), std::string::npos);
  r = admin.http.post("/booking/rooms", {{"csrf_token", admin.csrf},
                                         {"action", "update"},
                                         {"id", sid},
                                         {"name", name},
                                         {"capacity", "20"},
                                         {"location", "六楼"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(db::local().query("SELECT capacity FROM room WHERE id = ?", id).one().i64(0), 20);
  EXPECT_EQ(
      a.http.post("/booking/rooms", {{"csrf_token", a.csrf}, {"action", "remove"}, {"id", sid}})
          .status,
      403);
  ASSERT_EQ(a.save({{"date", tomorrow()}, {"add", json::array({cell(id, 1)})}}).status, 200);
  r = admin.http.post("/booking/rooms",
                      {{"csrf_token", admin.csrf}, {"action", "remove"}, {"id", sid}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/booking/rooms?done=deactivated");
  EXPECT_EQ(db::local().query("SELECT active FROM room WHERE id = ?", id).one().i64(0), 0);
  EXPECT_EQ(bookings_of(id), 1) << "the future booking stays";
  EXPECT_EQ(room_in(a.http.get("/booking/grid.json?date=" + tomorrow()).json(), id), nullptr);
  EXPECT_EQ(a.save({{"date", tomorrow()}, {"add", json::array({cell(id, 2)})}}).status, 400);
}

// The day grid is cached (spec §8); every change must show on the very next request.

json grid_of(Browser& b, long long room, const std::string& date = tomorrow()) {
  auto r = b.http.get("/booking/grid.json?date=" + date);
  EXPECT_EQ(r.status, 200) << r.body;
  json grid = r.json();
  const json* row = room_in(grid, room);
  return row ? *row : json();
}

TEST(BookingCache, AJsonSaveShowsOnTheVeryNextGridForEveryone) {
  long long room = new_room();
  Browser a(staff_user("缓存甲")), b(staff_user("缓存乙"));
  EXPECT_EQ(grid_of(a, room)["cells"][4]["state"], "free");  // cached now
  EXPECT_EQ(grid_of(b, room)["cells"][4]["state"], "free");
  ASSERT_EQ(a.save({{"date", tomorrow()}, {"add", json::array({cell(room, 5)})}}).status, 200);
  EXPECT_EQ(grid_of(a, room)["cells"][4]["state"], "mine");
  EXPECT_EQ(grid_of(b, room)["cells"][4],
            (json{{"slot", 5}, {"state", "taken"}, {"user", "缓存甲"}}));
  ASSERT_EQ(a.save({{"date", tomorrow()}, {"cancel", json::array({cell(room, 5)})}}).status, 200);
  EXPECT_EQ(grid_of(b, room)["cells"][4]["state"], "free");
  // A refused batch changes nothing, and the grid still says so.
  ASSERT_EQ(b.save({{"date", tomorrow()}, {"add", json::array({cell(room, 6)})}}).status, 200);
  EXPECT_EQ(a.save({{"date", tomorrow()}, {"add", json::array({cell(room, 6)})}}).status, 409);
  EXPECT_EQ(grid_of(a, room)["cells"][5]["state"], "taken");
}

TEST(BookingCache, AFormSaveShowsOnTheVeryNextPage) {
  long long room = new_room();
  Browser a(staff_user("表单甲"));
  std::string id = std::to_string(room), t = tomorrow();
  std::string cell_id = "id=\"cell-" + id + "-7\" class=\"cell cell-";
  auto page = a.http.get("/booking?date=" + t).body;
  EXPECT_NE(page.find(cell_id + "free"), std::string::npos);
  auto r = a.http.post("/booking", {{"csrf_token", a.csrf}, {"date", t}, {"add", id + ":7"}});
  ASSERT_EQ(r.status, 303);
  page = a.http.get(r.header("location")).body;
  EXPECT_NE(page.find(cell_id + "mine"), std::string::npos);
  EXPECT_EQ(grid_of(a, room)["cells"][6]["state"], "mine");
  r = a.http.post("/booking", {{"csrf_token", a.csrf}, {"date", t}, {"cancel", id + ":7"}});
  ASSERT_EQ(r.status, 303);
  EXPECT_NE(a.http.get("/booking?date=" + t).body.find(cell_id + "free"), std::string::npos);
}

TEST(BookingCache, RoomChangesShowOnTheVeryNextGridOfEveryDate) {
  Browser admin(staff_user("缓存管理", "admin"));
  std::string t = tomorrow(), later = core::add_days(core::today(), 2);
  auto name_of = [&](long long id, const std::string& date) {
    auto row = grid_of(admin, id, date);
    return row.is_null() ? std::string("(none)") : row["name"].get<std::string>();
  };
  grid_of(admin, 0, t);  // both dates cached before the change
  grid_of(admin, 0, later);
  std::string name = "缓存新室" + testenv::unique_phone();
  auto post = [&](std::vector<std::pair<std::string, std::string>> f) {
    f.push_back({"csrf_token", admin.csrf});
    return admin.http.post("/booking/rooms", f).status;
  };
  ASSERT_EQ(post({{"action", "create"}, {"name", name}, {"capacity", "9"}, {"location", "七楼"}}),
            303);
  long long id = db::local().query("SELECT id FROM room WHERE name = ?", name).one().i64(0);
  EXPECT_EQ(name_of(id, t), name);
  EXPECT_EQ(name_of(id, later), name);
  ASSERT_EQ(post({{"action", "update"},
                  {"id", std::to_string(id)},
                  {"name", name + "改"},
                  {"capacity", "9"},
                  {"location", "七楼"}}),
            303);
  EXPECT_EQ(name_of(id, t), name + "改");
  EXPECT_EQ(name_of(id, later), name + "改");
  // Booked once, so removing only deactivates it and it can come back.
  ASSERT_EQ(admin.save({{"date", later}, {"add", json::array({cell(id, 13)})}}).status, 200);
  ASSERT_EQ(post({{"action", "remove"}, {"id", std::to_string(id)}}), 303);
  EXPECT_EQ(name_of(id, t), "(none)");
  ASSERT_EQ(post({{"action", "activate"}, {"id", std::to_string(id)}}), 303);
  EXPECT_EQ(name_of(id, later), name + "改");
}

TEST(BookingCache, ConcurrentSavesAndReadsNeverLeaveAStaleGrid) {
  long long room = new_room("并发");
  const int writers = 3, readers = 3, rounds = 15;
  std::string t = tomorrow();
  std::atomic<bool> done{false};
  std::atomic<int> stale_own_reads{0}, errors{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < writers; ++w)
    threads.emplace_back([&, w] {
      Browser b(staff_user("写" + std::to_string(w)));
      for (int i = 0; i < rounds; ++i) {
        int slot = w * 4 + 1 + i % 4;  // each writer its own cells: no conflicts
        bool add = i % 2 == 0 || i % 4 == 3;
        auto r = b.save({{"date", t}, {add ? "add" : "cancel", json::array({cell(room, slot)})}});
        if (r.status != 200) {
          // Cancelling a cell that a previous round did not book is a 409: fine, skip.
          if (r.status != 409) ++errors;
          continue;
        }
        // Read your own write: the very next grid shows it.
        auto row = grid_of(b, room, t);
        if (row.is_null() || row["cells"][slot - 1]["state"] != (add ? "mine" : "free"))
          ++stale_own_reads;
      }
    });
  for (int r = 0; r < readers; ++r)
    threads.emplace_back([&, r] {
      Browser b(staff_user("读" + std::to_string(r)));
      while (!done) grid_of(b, room, t);
    });
  for (int w = 0; w < writers; ++w) threads[w].join();
  done = true;
  for (size_t i = writers; i < threads.size(); ++i) threads[i].join();
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(stale_own_reads, 0);

  Browser viewer(staff_user("最终"));
  auto row = grid_of(viewer, room, t);
  ASSERT_FALSE(row.is_null());
  for (int slot = 1; slot <= writers * 4; ++slot) {
    bool booked = owner(room, t, 7 + slot) != 0;
    EXPECT_EQ(row["cells"][slot - 1]["state"], booked ? "taken" : "free") << "slot " << slot;
  }
}

// The benchmark logs in with `yaocai session USERNAME`; its cookie must be a real session.
TEST(BookingBench, SessionCommandPrintsACookieThatOpensTheGrid) {
  std::string username = "bench" + testenv::unique_phone();
  db::local().query(
      "INSERT INTO user (phone, username, name, roles) VALUES (?, ?, '压测', 'staff')",
      testenv::unique_phone(), username);
  std::string out;
  FILE* p = popen(("build/bin/yaocai session " + username + " 2>&1").c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[256];
  while (fgets(buf, sizeof buf, p)) out += buf;
  ASSERT_EQ(pclose(p), 0) << out;
  ASSERT_EQ(out.rfind("yc_sid=", 0), 0u) << out;
  Http c;
  c.set_cookie("yc_sid", out.substr(7, out.find_first_of("\r\n") - 7));
  auto r = c.get("/booking/grid.json?date=" + tomorrow());
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Http().get("/booking/grid.json").status, 401);
  EXPECT_NE(system("build/bin/yaocai session no-such-user-x 2>/dev/null"), 0);
}
