// Lessons and what students did in them: course records (上课记录), study records (学习记录)
// created per course record for every student of its class, attendance and grades.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "auth/user.h"
#include "db/connection.h"

namespace crm {

struct CourseRecord {
  long long id = 0, class_id = 0, teacher_id = 0;
  int day_number = 0;
  std::string lesson_date;  // YYYY-MM-DD; "" when the lesson was recorded without one
  std::string title, homework, teacher_name;
  long long study_records = 0;  // 0: not initialised yet
};

// Validates and adds a lesson to a class; Conflict when the day number is taken.
long long add_course_record(db::Connection& db, CourseRecord r);
std::vector<CourseRecord> course_records(db::Connection& db, long long class_id);
std::optional<CourseRecord> find_course_record(db::Connection& db, long long id);

// Creates a study record for every student of each course record's class; with `class_id`
// set, course records of another class are ignored. Never twice: the unique key keeps
// existing rows, so a second run creates nothing. Returns how many were created.
// Lessons, study records, attendance and grades of a class are changed by admins and sales
// managers, or by a teacher of that class (its 班主任 or one of its teachers); core::Forbidden
// for anyone else. Unknown ids pass here and are refused where they are used.
void authorize_class(db::Connection& db, const auth::User& u, long long class_id);
void authorize_lessons(db::Connection& db, const auth::User& u,
                       const std::vector<long long>& course_record_ids);
void authorize_study_records(db::Connection& db, const auth::User& u,
                             const std::vector<long long>& study_record_ids);

int init_study(db::Connection& db, const std::vector<long long>& course_record_ids,
               std::optional<long long> class_id = std::nullopt);

const std::vector<std::string>& attendance_actions();  // 签到 迟到 缺勤 早退 请假

// Sets the attendance of study records `ids` (of one course record when `course_record_id`
// is set; others are ignored) in one statement per id, one transaction. BadRequest for an
// unknown action. Returns how many rows matched.
int mark(db::Connection& db, const std::vector<long long>& ids, const std::string& action,
         std::optional<long long> course_record_id = std::nullopt);

struct StudyRecord {
  long long id = 0, student_id = 0;
  std::string student_name, attendance, score;  // score "" when not graded
};
std::vector<StudyRecord> study_records(db::Connection& db, long long course_record_id);

// Grades of one course record's study records: {id, "87.5" or ""}; all or nothing,
// BadRequest for a score outside 0–100 or a record of another lesson.
void grade(db::Connection& db, long long course_record_id,
           const std::vector<std::pair<long long, std::string>>& scores);

struct Score {
  int day_number = 0;
  std::string title, attendance, score;
};
// A student's lessons in order, for the score chart.
std::vector<Score> scores_of(db::Connection& db, long long student_id);

}  // namespace crm
