// Classes, students, course and study records against a real MariaDB: enrolment into a
// class, initialising study records once (and only for the class's own records), the
// attendance batch and grades.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "auth/account.h"
#include "auth/user.h"
#include "core/error.h"
#include "crm/customer.h"
#include "crm/follow.h"
#include "crm/school.h"
#include "crm/study.h"
#include "tests/support/stack.h"

namespace {

const std::string T = "2024-06-20";

class CrmStudy : public testenv::DbTest {
 protected:
  long long account(const std::string& name, const std::string& roles) {
    auth::NewAccount a;
    a.phone = testenv::unique_phone();
    a.password = "secret123";
    a.name = name;
    a.roles = roles;
    return auth::create_account(db(), a);
  }
  long long klass(const std::string& name) {
    crm::Class c;
    c.name = name + std::to_string(++n_);
    c.course = "Java";
    c.tutor_id = teacher_;
    c.teacher_ids = {teacher_};
    return crm::create_class(db(), c);
  }
  // An enrolled customer placed in `class_id` by its consultant.
  long long student(long long class_id) {
    crm::Customer c;
    c.name = "学员" + std::to_string(++n_);
    c.phone = testenv::unique_phone();
    c.source = "口碑";
    auto id = crm::insert(db(), c, sales_, T, 0);
    crm::enroll(db(), policy, id, *auth::find_user(db(), sales_), T, class_id);
    return db().query("SELECT id FROM crm_student WHERE customer_id = ?", id).one().i64(0);
  }
  long long lesson(long long class_id, int day) {
    crm::CourseRecord r;
    r.class_id = class_id;
    r.day_number = day;
    r.teacher_id = teacher_;
    r.title = "第" + std::to_string(day) + "课";
    return crm::add_course_record(db(), r);
  }
  long long count(const std::string& sql, long long id) { return db().query(sql, id).one().i64(0); }
  long long study_count(long long record) {
    return count("SELECT COUNT(*) FROM crm_study_record WHERE course_record_id = ?", record);
  }
  void SetUp() override {
    if (!teacher_) teacher_ = account("讲师", "teacher,staff");
    if (!sales_) sales_ = account("顾问", "sales,staff");
  }
  static inline long long teacher_ = 0, sales_ = 0;
  static inline int n_ = 0;
  crm::Policy policy;
};

}  // namespace

TEST_F(CrmStudy, EnrollWithAClassMakesAStudentOfIt) {
  auto k = klass("一班");
  auto s = student(k);
  auto found = crm::find_student(db(), s);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->class_id, k);
  EXPECT_EQ(crm::students_of(db(), k).size(), 1u);
  EXPECT_EQ(crm::find_class(db(), k)->students, 1);
}

TEST_F(CrmStudy, EnrollIntoAMissingClassChangesNothing) {
  crm::Customer c;
  c.name = "无班";
  c.phone = testenv::unique_phone();
  c.source = "口碑";
  auto id = crm::insert(db(), c, sales_, T, 0);
  EXPECT_THROW(crm::enroll(db(), policy, id, *auth::find_user(db(), sales_), T, 999999),
               web::NotFound);
  EXPECT_FALSE(crm::find(db(), id)->enrolled());
}

TEST_F(CrmStudy, InitialisingTwiceCreatesNothingNew) {
  auto k = klass("二班");
  student(k), student(k), student(k);
  auto r1 = lesson(k, 1), r2 = lesson(k, 2);
  EXPECT_EQ(crm::init_study(db(), {r1}), 3);
  EXPECT_EQ(crm::init_study(db(), {r1, r2}), 3);  // r1 again adds nothing, r2 three
  EXPECT_EQ(crm::init_study(db(), {r1, r2}), 0);
  EXPECT_EQ(study_count(r1), 3);
  EXPECT_EQ(study_count(r2), 3);
}

TEST_F(CrmStudy, RecordsOfAnotherClassAreIgnored) {
  auto mine = klass("三班"), other = klass("四班");
  student(mine), student(mine);
  student(other);
  auto r = lesson(mine, 1), foreign = lesson(other, 1);
  EXPECT_EQ(crm::init_study(db(), {r, foreign}, mine), 2);
  EXPECT_EQ(study_count(foreign), 0);
  // Without a class filter each record only ever gets its own class's students.
  EXPECT_EQ(crm::init_study(db(), {foreign}), 1);
  auto rows = crm::study_records(db(), r);
  for (const auto& s : rows) EXPECT_EQ(crm::find_student(db(), s.student_id)->class_id, mine);
}

// The issue: 4-8 parallel initialisations of the same lessons answered 500 ("Failed to read
// auto-increment value from storage engine", deadlocks) though the data came out right.
TEST_F(CrmStudy, ParallelInitialisationCreatesEachRecordOnceWithoutErrors) {
  auto k = klass("并发班");
  for (int i = 0; i < 5; ++i) student(k);
  auto r1 = lesson(k, 1), r2 = lesson(k, 2), r3 = lesson(k, 3);
  auto settings = db().settings();
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      db::Connection conn(settings);
      try {
        // Overlapping batches in different orders.
        if (t % 2)
          crm::init_study(conn, {r1, r2, r3});
        else
          crm::init_study(conn, {r3, r1});
      } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
        ++errors;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(study_count(r1), 5);
  EXPECT_EQ(study_count(r2), 5);
  EXPECT_EQ(study_count(r3), 5);
}

TEST_F(CrmStudy, AttendanceBatchMarksTheChosenRecordsOnly) {
  auto k = klass("考勤班");
  for (int i = 0; i < 4; ++i) student(k);
  auto r = lesson(k, 1), other = lesson(k, 2);
  crm::init_study(db(), {r, other});
  auto rows = crm::study_records(db(), r);
  auto elsewhere = crm::study_records(db(), other);
  EXPECT_EQ(crm::mark(db(), {rows[0].id, rows[1].id}, "迟到", r), 2);
  EXPECT_EQ(crm::mark(db(), {rows[2].id, elsewhere[0].id}, "请假", r), 1);
  EXPECT_THROW(crm::mark(db(), {rows[3].id}, "旷课", r), web::BadRequest);
  rows = crm::study_records(db(), r);
  EXPECT_EQ(rows[0].attendance, "迟到");
  EXPECT_EQ(rows[1].attendance, "迟到");
  EXPECT_EQ(rows[2].attendance, "请假");
  EXPECT_EQ(rows[3].attendance, "");
  EXPECT_EQ(crm::study_records(db(), other)[0].attendance, "");
}

TEST_F(CrmStudy, GradesAreAllOrNothingAndFeedTheScoreChart) {
  auto k = klass("成绩班");
  auto s = student(k);
  auto r1 = lesson(k, 1), r2 = lesson(k, 2);
  crm::init_study(db(), {r1, r2});
  auto a = crm::study_records(db(), r1)[0].id, b = crm::study_records(db(), r2)[0].id;
  crm::grade(db(), r1, {{a, "87.5"}});
  EXPECT_THROW(crm::grade(db(), r2, {{b, "90"}, {a, "10"}}), web::BadRequest);  // a is r1's
  EXPECT_THROW(crm::grade(db(), r2, {{b, "101"}}), web::BadRequest);
  crm::grade(db(), r2, {{b, "92"}});
  auto scores = crm::scores_of(db(), s);
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0].score, "87.5");
  EXPECT_EQ(scores[1].score, "92.0");
}

TEST_F(CrmStudy, ADayNumberIsUsedOncePerClass) {
  auto k = klass("五班");
  lesson(k, 1);
  EXPECT_THROW(lesson(k, 1), web::Conflict);
  EXPECT_NO_THROW(lesson(klass("六班"), 1));
}
