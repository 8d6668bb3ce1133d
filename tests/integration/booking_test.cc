// lib/booking against a real MariaDB: the grid, the one-transaction save, rooms, meetings.
#include <gtest/gtest.h>

#include "booking/calendar.h"
#include "booking/change.h"
#include "booking/grid.h"
#include "booking/meeting.h"
#include "booking/room.h"
#include "core/error.h"
#include "tests/support/stack.h"

namespace {

const std::string kToday = "2030-01-10";
const int kNowHour = 12;  // 8:00..11:00 of kToday have ended; 12:00 is in progress

booking::Slots slots() { return booking::Slots{8, 20, 30}; }

}  // namespace

class Booking : public testenv::DbTest {
 protected:
  static long long make_user(const std::string& name, const std::string& roles) {
    static int n = 0;
    auto phone = "139" + std::to_string(10000000 + ++n);
    return static_cast<long long>(
        db().query("INSERT INTO user (phone, name, roles) VALUES (?, ?, ?)", phone, name, roles)
            .insert_id);
  }
  static auth::User user(long long id, const std::string& name, bool admin = false) {
    auth::User u;
    u.id = id;
    u.name = name;
    u.roles = admin ? std::set<std::string>{"admin"} : std::set<std::string>{"staff"};
    return u;
  }
  void SetUp() override {
    db().exec("DELETE FROM booking_notice");
    db().exec("DELETE FROM booking");
    db().exec("DELETE FROM room");
    a_ = make_user("甲", "staff");
    b_ = make_user("<script>alert(1)</script>", "staff");
    admin_ = make_user("管理员", "admin");
    r1_ = booking::create_room(db(), {"一号会议室", "3楼", "10"});
    r2_ = booking::create_room(db(), {"二号会议室", "", "6"});
  }
  booking::Outcome save(long long uid, const std::string& date, std::vector<booking::CellRef> add,
                        std::vector<booking::CellRef> cancel, bool admin = false,
                        const std::string& note = "") {
    booking::Change c{date, std::move(add), std::move(cancel), note};
    return booking::apply(db(), user(uid, "", admin), c, slots(), kToday, kNowHour);
  }
  long long count() { return db().query("SELECT COUNT(*) FROM booking").one().i64(0); }
  long long a_, b_, admin_, r1_, r2_;
};

TEST(BookingSlots, DefaultsAreThirteenHourSlotsFrom8To20) {
  booking::Slots s;
  EXPECT_EQ(s.count(), 13);
  EXPECT_EQ(s.label(1), "8:00");
  EXPECT_EQ(s.label(13), "20:00");
  EXPECT_EQ(s.span(2), "9:00-10:00");
  EXPECT_EQ(s.horizon_days, 30);
}

TEST_F(Booking, GridShowsFreeMineTakenWithNameAndPast) {
  ASSERT_TRUE(save(a_, kToday, {{r1_, 6}}, {}).ok());  // 13:00, mine
  ASSERT_TRUE(save(b_, kToday, {{r1_, 7}}, {}).ok());  // 14:00, taken
  db().query("INSERT INTO booking (room_id, date, hour, user_id) VALUES (?, ?, 9, ?)", r2_, kToday,
             b_);  // 9:00 booked earlier, now past
  auto g = booking::grid(db(), slots(), kToday, a_, kToday, kNowHour);
  ASSERT_EQ(g.rows.size(), 2u);
  const auto& c1 = g.rows[0].cells;
  ASSERT_EQ(c1.size(), 13u);
  EXPECT_EQ(c1[0].state, "past");
  EXPECT_EQ(c1[3].state, "past");  // 11:00 ended at 12:00
  EXPECT_EQ(c1[4].state, "free");  // 12:00 in progress: still bookable
  EXPECT_EQ(c1[5].state, "mine");
  EXPECT_EQ(c1[6].state, "taken");
  EXPECT_EQ(c1[6].user, "<script>alert(1)</script>");
  EXPECT_EQ(g.rows[1].cells[1].state, "past");
  auto j = booking::to_json(g);
  EXPECT_EQ(j["ok"], true);
  EXPECT_EQ(j["date"], kToday);
  EXPECT_EQ(j["slots"][0]["id"], 1);
  EXPECT_EQ(j["slots"][0]["label"], "8:00");
  EXPECT_EQ(j["rooms"][0]["cells"][4]["user"], nullptr);
  EXPECT_EQ(j["rooms"][0]["cells"][5]["state"], "mine");
  EXPECT_EQ(j["rooms"][0]["cells"][6]["user"], "<script>alert(1)</script>");
}

TEST_F(Booking, SaveBooksAndCancelsInOneGo) {
  auto o = save(a_, "2030-01-11", {{r1_, 1}, {r1_, 2}, {r2_, 1}}, {});
  EXPECT_TRUE(o.ok());
  EXPECT_EQ(o.added, 3);
  o = save(a_, "2030-01-11", {{r1_, 3}}, {{r1_, 1}, {r2_, 1}});
  EXPECT_TRUE(o.ok());
  EXPECT_EQ(o.added, 1);
  EXPECT_EQ(o.cancelled, 2);
  EXPECT_EQ(count(), 2);
}

TEST_F(Booking, EmptyChangeIsOkAndChangesNothing) {
  auto o = save(a_, "2030-01-11", {}, {});
  EXPECT_TRUE(o.ok());
  EXPECT_EQ(o.added, 0);
  EXPECT_EQ(o.cancelled, 0);
  EXPECT_EQ(count(), 0);
}

TEST_F(Booking, BadCellsAreRejectedWithAChineseMessageAndNothingWritten) {
  db().query("UPDATE room SET active = 0 WHERE id = ?", r2_);
  struct Case {
    const char* what;
    std::string date;
    std::vector<booking::CellRef> add, cancel;
  } cases[] = {
      {"past date", "2030-01-09", {{r1_, 13}}, {}},
      {"past slot of today", kToday, {{r1_, 5}, {r1_, 4}}, {}},
      {"beyond horizon", "2030-02-10", {{r1_, 1}}, {}},
      {"unknown slot", "2030-01-11", {{r1_, 1}, {r1_, 14}}, {}},
      {"slot zero", "2030-01-11", {{r1_, 0}}, {}},
      {"unknown room", "2030-01-11", {{r1_, 1}, {r2_ + 1000, 1}}, {}},
      {"inactive room", "2030-01-11", {{r1_, 1}, {r2_, 1}}, {}},
      {"same cell added and cancelled", "2030-01-11", {{r1_, 2}}, {{r1_, 2}}},
      {"not a date", "2030-13-01", {{r1_, 1}}, {}},
  };
  for (const auto& c : cases) {
    try {
      save(a_, c.date, c.add, c.cancel);
      ADD_FAILURE() << c.what << ": accepted";
    } catch (const core::BadRequest& e) {
      EXPECT_EQ(e.status, 400) << c.what;
      EXPECT_GT(std::string(e.what()).size(), 3u) << c.what;
    }
    EXPECT_EQ(count(), 0) << c.what;
  }
  EXPECT_TRUE(save(a_, "2030-02-09", {{r1_, 1}}, {}).ok()) << "the horizon's last day";
}

TEST_F(Booking, ConflictReportsEveryConflictingCellAndChangesNothing) {
  ASSERT_TRUE(save(b_, "2030-01-12", {{r1_, 2}, {r2_, 5}}, {}).ok());
  ASSERT_TRUE(save(a_, "2030-01-12", {{r1_, 9}}, {}).ok());
  auto o = save(a_, "2030-01-12", {{r1_, 1}, {r1_, 2}, {r2_, 4}, {r2_, 5}}, {{r1_, 9}});
  EXPECT_FALSE(o.ok());
  ASSERT_EQ(o.conflicts.size(), 2u);
  EXPECT_EQ(o.conflicts[0].cell, (booking::CellRef{r1_, 2}));
  EXPECT_EQ(o.conflicts[1].cell, (booking::CellRef{r2_, 5}));
  EXPECT_EQ(o.conflicts[1].date, "2030-01-12");
  EXPECT_EQ(count(), 3) << "no new cell, and my cancel was not applied either";
  auto j = booking::to_json(booking::Change{"2030-01-12"}, o);
  EXPECT_EQ(j["error"], "conflict");
  EXPECT_EQ(j["conflicts"][1], (nlohmann::json{{"room", r2_}, {"slot", 5}}))
      << "the §7 shape: a one-day save names no date";
}

TEST_F(Booking, AWeeklyMeetingBooksEveryWeekWithItsSubject) {
  booking::Change c{"2030-01-12", {{r1_, 2}, {r1_, 3}}, {}, "", "  周例会<b> ", 3};
  auto o = booking::apply(db(), user(a_, "甲"), c, slots(), kToday, kNowHour);
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o.added, 6);
  EXPECT_EQ(o.dates, (std::vector<std::string>{"2030-01-12", "2030-01-19", "2030-01-26"}));
  EXPECT_EQ(
      db().query("SELECT COUNT(*) FROM booking WHERE subject = '周例会<b>' AND user_id = ?", a_)
          .one()
          .i64(0),
      6)
      << "the subject is stored trimmed";
  auto g = booking::grid(db(), slots(), "2030-01-26", b_, kToday, kNowHour);
  const auto& cell = g.rows[0].cells[1];
  EXPECT_EQ(cell.state, "taken");
  EXPECT_EQ(cell.subject, "周例会<b>");
  EXPECT_EQ(booking::to_json(g)["rooms"][0]["cells"][1]["subject"], "周例会<b>");
  auto meetings = booking::upcoming_meetings(db(), slots(), a_, kToday, kNowHour);
  ASSERT_EQ(meetings.size(), 3u);
  EXPECT_EQ(meetings[2].date, "2030-01-26");
  EXPECT_EQ(meetings[2].subject, "周例会<b>");
  EXPECT_EQ(meetings[2].end_hour - meetings[2].start_hour, 2);
}

TEST_F(Booking, AWeeklyMeetingWithOneWeekTakenBooksNothingAndNamesThatDate) {
  ASSERT_TRUE(save(b_, "2030-01-26", {{r1_, 3}}, {}).ok());
  booking::Change c{"2030-01-12", {{r1_, 2}, {r1_, 3}}, {}, "", "周例会", 3};
  auto o = booking::apply(db(), user(a_, "甲"), c, slots(), kToday, kNowHour);
  EXPECT_FALSE(o.ok());
  ASSERT_EQ(o.conflicts.size(), 1u);
  EXPECT_EQ(o.conflicts[0].date, "2030-01-26");
  EXPECT_EQ(o.conflicts[0].cell, (booking::CellRef{r1_, 3}));
  EXPECT_TRUE(o.dates.empty());
  EXPECT_EQ(count(), 1) << "no week of the meeting was booked";
  EXPECT_EQ(booking::to_json(c, o)["conflicts"][0],
            (nlohmann::json{{"date", "2030-01-26"}, {"room", r1_}, {"slot", 3}}));
}

TEST_F(Booking, AWeeklyMeetingEndsWithinTheHorizonAndItsSubjectIsBounded) {
  auto field_of = [&](booking::Change c) {
    try {
      booking::apply(db(), user(a_, "甲"), c, slots(), kToday, kNowHour);
    } catch (const core::BadRequest& e) {
      return e.field;
    }
    return std::string("accepted");
  };
  // The horizon ends on 2030-02-09: five Saturdays from 2030-01-12 fit, six do not.
  EXPECT_EQ(field_of({"2030-01-12", {{r1_, 2}}, {}, "", "", 6}), "weeks");
  EXPECT_EQ(field_of({"2030-01-12", {{r1_, 2}}, {}, "", std::string(61, 'x'), 1}), "subject");
  EXPECT_EQ(field_of({"2030-01-12", {}, {{r1_, 2}}, "", "", 2}), "weeks")
      << "repeating needs cells to book";
  EXPECT_EQ(field_of({"2030-01-12", {{r1_, 2}}, {}, "", "", 0}), "weeks");
  EXPECT_EQ(count(), 0);
  EXPECT_EQ(field_of({"2030-01-12", {{r1_, 2}}, {}, "", std::string(60, 'x'), 5}), "accepted");
  EXPECT_EQ(count(), 5);
}

TEST_F(Booking, CancellingABookingThatIsGoneIsAConflict) {
  auto o = save(a_, "2030-01-12", {}, {{r1_, 3}});
  EXPECT_FALSE(o.ok());
  EXPECT_EQ(o.conflicts.size(), 1u);
}

TEST_F(Booking, AnotherUsersBookingCannotBeCancelled) {
  ASSERT_TRUE(save(b_, "2030-01-12", {{r1_, 2}}, {}).ok());
  EXPECT_THROW(save(a_, "2030-01-12", {{r1_, 3}}, {{r1_, 2}}), core::Forbidden);
  EXPECT_EQ(count(), 1);
  EXPECT_EQ(db().query("SELECT user_id FROM booking").one().i64(0), b_);
}

TEST_F(Booking, AdminCancelsAnyBookingAndTheBookerSeesTheNote) {
  ASSERT_TRUE(save(b_, "2030-01-12", {{r1_, 2}}, {}).ok());
  auto o = save(admin_, "2030-01-12", {}, {{r1_, 2}}, true, "董事会临时征用");
  EXPECT_TRUE(o.ok());
  EXPECT_EQ(count(), 0);
  auto notices = booking::recent_notices(db(), b_, kToday);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].note, "董事会临时征用");
  EXPECT_EQ(notices[0].by, "管理员");
  EXPECT_EQ(notices[0].hour, 9);
  EXPECT_TRUE(booking::recent_notices(db(), a_, kToday).empty());
}

TEST_F(Booking, MyMeetingsMergeAdjacentSlotsOfOneRoomAndDate) {
  ASSERT_TRUE(save(a_, "2030-01-12", {{r1_, 1}, {r1_, 2}, {r1_, 3}, {r1_, 5}, {r2_, 4}}, {}).ok());
  ASSERT_TRUE(save(a_, "2030-01-13", {{r1_, 4}}, {}).ok());
  ASSERT_TRUE(save(b_, "2030-01-12", {{r1_, 4}}, {}).ok());
  auto m = booking::upcoming_meetings(db(), slots(), a_, kToday, kNowHour);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].room, r1_);
  EXPECT_EQ(m[0].start_hour, 8);
  EXPECT_EQ(m[0].end_hour, 11);
  EXPECT_EQ(m[0].slots, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(m[1].room, r2_);
  EXPECT_EQ(m[1].start_hour, 11);
  EXPECT_EQ(m[2].start_hour, 12);
  EXPECT_EQ(m[2].end_hour, 13);
  EXPECT_EQ(m[3].date, "2030-01-13");
}

TEST_F(Booking, ARoomEverBookedIsDeactivatedNeverDeleted) {
  ASSERT_TRUE(save(a_, "2030-01-12", {{r1_, 1}}, {}).ok());
  EXPECT_FALSE(booking::remove_room(db(), r1_));
  auto r = booking::find_room(db(), r1_);
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->active);
  EXPECT_EQ(count(), 1);
  EXPECT_TRUE(booking::remove_room(db(), r2_));
  EXPECT_FALSE(booking::find_room(db(), r2_));
  auto g = booking::grid(db(), slots(), "2030-01-12", a_, kToday, kNowHour);
  EXPECT_TRUE(g.rows.empty()) << "inactive rooms leave the grid";
}

TEST_F(Booking, RoomInputIsValidated) {
  EXPECT_THROW(booking::create_room(db(), {"", "", "5"}), core::BadRequest);
  EXPECT_THROW(booking::create_room(db(), {"三号", "", "abc"}), core::BadRequest);
  EXPECT_THROW(booking::create_room(db(), {"三号", "", "0"}), core::BadRequest);
  EXPECT_THROW(booking::create_room(db(), {"一号会议室", "", "5"}), core::Conflict);
}

TEST(BookingCalendar, TextIsEscapedAndLinesFoldedWithCrlf) {
  EXPECT_EQ(booking::ical_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
  std::string longline = "SUMMARY:" + std::string(100, 'x');
  auto folded = booking::ical_fold(longline);
  EXPECT_EQ(folded.substr(75, 3), "\r\n ");
  EXPECT_EQ(folded.substr(folded.size() - 2), "\r\n");
  std::string chinese = "SUMMARY:" + std::string(40 * 3, '\0');
  for (size_t i = 8; i < chinese.size(); i += 3) chinese.replace(i, 3, "会");
  for (const auto& part : {booking::ical_fold(chinese)}) {
    auto first = part.substr(0, part.find("\r\n"));
    EXPECT_LE(first.size(), 75u);
    EXPECT_EQ((first.size() - 8) % 3, 0u) << "no UTF-8 character split";
  }
}

TEST(BookingCalendar, MeetingsBecomeVEventsInShanghaiTime) {
  booking::Meeting m;
  m.room = 3;
  m.room_name = "一号, 会议室";
  m.date = "2030-01-12";
  m.start_hour = 8;
  m.end_hour = 11;
  m.created_at = "2030-01-10 09:30:00";
  auto ics = booking::ical({m}, "我的会议室预订", "example.com", 0);
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(ics.find("DTSTART;TZID=Asia/Shanghai:20300112T080000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;TZID=Asia/Shanghai:20300112T110000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:会议室：一号\\, 会议室\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:booking-3-20300112T080000@example.com\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20300110T013000Z\r\n"), std::string::npos);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
  for (size_t i = 0; (i = ics.find('\n', i)) != std::string::npos; ++i)
    ASSERT_EQ(ics[i - 1], '\r') << "bare LF at " << i;
}

TEST_F(Booking, FeedTokenIsStableUntilRegenerated) {
  auto t = booking::feed_token(db(), a_);
  EXPECT_EQ(t.size(), 32u);
  EXPECT_EQ(booking::feed_token(db(), a_), t);
  EXPECT_EQ(booking::feed_owner(db(), t), a_);
  auto t2 = booking::regenerate_feed_token(db(), a_);
  EXPECT_NE(t2, t);
  EXPECT_FALSE(booking::feed_owner(db(), t));
  EXPECT_EQ(booking::feed_owner(db(), t2), a_);
}
