// Classes, lessons and attendance through nginx: a consultant enrolls a customer into a
// teacher's class, the teacher initialises study records (twice: nothing new), marks
// attendance in a batch, grades, and sees the score chart; sales get 403 on all of it.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "crm/customer.h"
#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

long long scalar(const std::string& sql, long long id) {
  return db::local().query(sql, id).one().i64(0);
}

std::string unique(const std::string& prefix) { return prefix + testenv::unique_phone(); }

}  // namespace

TEST(CrmStudyE2e, EnrollIntoClassThenInitialiseTwiceMarkAndGrade) {
  auto teacher = testenv::make_user("张老师", "teacher,staff");
  auto sales = testenv::make_user("报名顾问", "sales,staff");
  Http t, s;
  auto tcsrf = testenv::login_as(t, teacher);
  auto scsrf = testenv::login_as(s, sales);

  auto created = t.post("/crm/classes", {{"csrf_token", tcsrf},
                                         {"name", unique("Java班")},
                                         {"course", "Java"},
                                         {"semester", "2024春"},
                                         {"start_date", "2024-03-01"},
                                         {"end_date", "2024-07-01"},
                                         {"tutor_id", std::to_string(teacher)},
                                         {"teachers", std::to_string(teacher)}});
  ASSERT_EQ(created.status, 303);
  auto class_path = created.header("location");
  long long class_id = std::stoll(class_path.substr(class_path.rfind('/') + 1));

  std::vector<long long> customers;
  for (int i = 0; i < 3; ++i) {
    crm::Customer c;
    c.name = "报名学员" + std::to_string(i);
    c.phone = testenv::unique_phone();
    c.source = "口碑";
    customers.push_back(crm::insert(db::local(), c, sales, core::today(), 0));
    auto r = s.post("/crm/customers/" + std::to_string(customers.back()) + "/enroll",
                    {{"csrf_token", scsrf}, {"class_id", std::to_string(class_id)}});
    ASSERT_EQ(r.status, 303);
  }
  auto page = t.get(class_path);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("报名学员2"), std::string::npos);

  auto rec = t.post(class_path + "/records", {{"csrf_token", tcsrf},
                                              {"day_number", "1"},
                                              {"lesson_date", "2030-03-02"},
                                              {"teacher_id", std::to_string(teacher)},
                                              {"title", "变量与类型"},
                                              {"homework", "练习1"}});
  ASSERT_EQ(rec.status, 303);
  long long record =
      scalar("SELECT id FROM crm_course_record WHERE class_id = ? AND day_number = 1", class_id);
  auto listed = t.get(class_path + "/records").body;
  EXPECT_NE(listed.find("变量与类型"), std::string::npos);
  EXPECT_NE(listed.find("<td>2030-03-02</td>"), std::string::npos) << "the lesson's date";
  // A date that is not one is refused at its field, and no lesson is written.
  auto bad = t.post(class_path + "/records", {{"csrf_token", tcsrf},
                                              {"day_number", "2"},
                                              {"lesson_date", "2030-02-30"},
                                              {"teacher_id", std::to_string(teacher)},
                                              {"title", "函数"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("上课日期格式应为 YYYY-MM-DD"), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM crm_course_record WHERE class_id = ? AND day_number = 2",
                   class_id),
            0);

  testenv::Fields init = {{"csrf_token", tcsrf},
                          {"ids", std::to_string(record)},
                          {"class_id", std::to_string(class_id)}};
  auto first = t.post("/crm/records/init", init, {"Accept: application/json"});
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.json()["created"], 3);
  auto second = t.post("/crm/records/init", init, {"Accept: application/json"});
  EXPECT_EQ(second.json()["created"], 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM crm_study_record WHERE course_record_id = ?", record), 3);

  auto sheet = t.get("/crm/records/" + std::to_string(record) + "/attendance");
  EXPECT_EQ(sheet.status, 200);
  EXPECT_NE(sheet.body.find("报名学员0"), std::string::npos);
  auto rows = db::local().query(
      "SELECT id FROM crm_study_record WHERE course_record_id = ? ORDER BY id", record);
  auto id0 = std::to_string(rows.rows[0].i64(0)), id1 = std::to_string(rows.rows[1].i64(0));
  auto marked = t.post("/crm/study/mark", {{"csrf_token", tcsrf},
                                           {"ids", id0},
                                           {"ids", id1},
                                           {"action", "缺勤"},
                                           {"record", std::to_string(record)}});
  EXPECT_EQ(marked.status, 303);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM crm_study_record WHERE course_record_id = ?"
                   " AND attendance = '缺勤'",
                   record),
            2);
  auto graded = t.post("/crm/records/" + std::to_string(record) + "/attendance",
                       {{"csrf_token", tcsrf}, {"score[" + id0 + "]", "88"}});
  EXPECT_EQ(graded.status, 303);

  long long student = scalar("SELECT id FROM crm_student WHERE customer_id = ?", customers[0]);
  auto sp = t.get("/crm/students/" + std::to_string(student));
  EXPECT_EQ(sp.status, 200);
  EXPECT_NE(sp.body.find("data-scores=\"[88.0]\""), std::string::npos) << sp.body;
  EXPECT_NE(sp.body.find("/javascript/chart.js/chart.min.js"), std::string::npos);
  EXPECT_EQ(t.get("/javascript/chart.js/chart.min.js").status, 200);
  EXPECT_EQ(t.get("/js/crm.js").status, 200);
  auto js = t.get("/crm/students/" + std::to_string(student) + "/scores.json");
  EXPECT_EQ(js.json()["scores"][0], 88.0);
  EXPECT_EQ(t.get("/crm/students").status, 200);
}

TEST(CrmStudyE2e, SalesGet403OnEveryTeacherPageAndChangeNothing) {
  auto teacher = testenv::make_user("李老师", "teacher,staff");
  Http t, s;
  auto tcsrf = testenv::login_as(t, teacher);
  auto scsrf = testenv::login_as(s, testenv::make_user("越权顾问", "sales,staff"));
  auto created =
      t.post("/crm/classes", {{"csrf_token", tcsrf}, {"name", unique("测试班")}, {"course", "UI"}});
  ASSERT_EQ(created.status, 303);
  auto class_path = created.header("location");
  EXPECT_EQ(t.get(class_path).status, 200);
  for (const auto& path : {class_path, class_path + "/records", std::string("/crm/classes"),
                           std::string("/crm/students"), std::string("/crm/students/1"),
                           std::string("/crm/records/1/attendance")})
    EXPECT_EQ(s.get(path).status, 403) << path;
  EXPECT_EQ(
      s.post("/crm/study/mark", {{"csrf_token", scsrf}, {"ids", "1"}, {"action", "签到"}}).status,
      403);
  EXPECT_EQ(s.post("/crm/records/init", {{"csrf_token", scsrf}, {"ids", "1"}}).status, 403);
  EXPECT_EQ(s.post("/crm/classes", {{"csrf_token", scsrf}, {"name", "x"}, {"course", "y"}}).status,
            403);
}

// The issue: a teacher could add lessons, grade and mark attendance in a class they do not
// teach. Admins and managers may in every class.
TEST(CrmStudyE2e, TeachersChangeOnlyTheClassesTheyTeach) {
  auto mine = testenv::make_user("任课老师", "teacher,staff");
  auto other = testenv::make_user("别班老师", "teacher,staff");
  auto sales = testenv::make_user("班级顾问", "sales,staff");
  Http t, o, s, a;
  auto tcsrf = testenv::login_as(t, mine);
  auto ocsrf = testenv::login_as(o, other);
  auto scsrf = testenv::login_as(s, sales);
  auto acsrf = testenv::login_as(a, testenv::make_user("校长", "admin"));
  auto created = t.post("/crm/classes", {{"csrf_token", tcsrf},
                                         {"name", unique("任课班")},
                                         {"course", "Go"},
                                         {"tutor_id", std::to_string(mine)},
                                         {"teachers", std::to_string(mine)}});
  ASSERT_EQ(created.status, 303);
  auto class_path = created.header("location");
  long long class_id = std::stoll(class_path.substr(class_path.rfind('/') + 1));
  crm::Customer c;
  c.name = "任课学员";
  c.phone = testenv::unique_phone();
  c.source = "口碑";
  auto customer = crm::insert(db::local(), c, sales, core::today(), 0);
  ASSERT_EQ(s.post("/crm/customers/" + std::to_string(customer) + "/enroll",
                   {{"csrf_token", scsrf}, {"class_id", std::to_string(class_id)}})
                .status,
            303);
  testenv::Fields lesson{{"csrf_token", tcsrf},
                         {"day_number", "1"},
                         {"teacher_id", std::to_string(mine)},
                         {"title", "第一课"}};
  ASSERT_EQ(t.post(class_path + "/records", lesson).status, 303);
  long long record = scalar("SELECT id FROM crm_course_record WHERE class_id = ?", class_id);
  auto rid = std::to_string(record);

  // Another class's teacher: every change is refused and nothing changes.
  lesson[0].second = ocsrf;
  lesson[1].second = "2";
  EXPECT_EQ(o.post(class_path + "/records", lesson).status, 403);
  EXPECT_EQ(o.post("/crm/records/init", {{"csrf_token", ocsrf}, {"ids", rid}}).status, 403);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM crm_study_record WHERE course_record_id = ?", record), 0);
  ASSERT_EQ(t.post("/crm/records/init", {{"csrf_token", tcsrf}, {"ids", rid}}).status, 303);
  auto study =
      std::to_string(scalar("SELECT id FROM crm_study_record WHERE course_record_id = ?", record));
  EXPECT_EQ(o.post("/crm/records/" + rid + "/attendance",
                   {{"csrf_token", ocsrf}, {"score[" + study + "]", "12"}})
                .status,
            403);
  EXPECT_EQ(
      o.post("/crm/study/mark", {{"csrf_token", ocsrf}, {"ids", study}, {"action", "缺勤"}}).status,
      403);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM crm_course_record WHERE class_id = ?", class_id), 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM crm_study_record WHERE id = ? AND (score IS NOT NULL"
                   " OR attendance <> '')",
                   std::stoll(study)),
            0);

  // The class's own teacher and an admin may.
  EXPECT_EQ(
      t.post("/crm/study/mark", {{"csrf_token", tcsrf}, {"ids", study}, {"action", "签到"}}).status,
      303);
  lesson[0].second = acsrf;
  EXPECT_EQ(a.post(class_path + "/records", lesson).status, 303);
}
