#include "crm/study.h"

#include <algorithm>
#include <set>

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "crm/access.h"
#include "db/error.h"
#include "db/into.h"
#include "db/transact.h"

namespace crm {

namespace {

// A column list glued to each query at compile time (adjacent literals): every
// statement stays one constant string with its values bound.
#define RECORD_SELECT                                                                       \
  "SELECT r.id, r.class_id, r.teacher_id, r.day_number, r.title, COALESCE(r.homework, '')," \
  " u.display_name,"                                                                        \
  " (SELECT COUNT(*) FROM crm_study_record s WHERE s.course_record_id = r.id),"             \
  " COALESCE(DATE_FORMAT(r.lesson_date, '%Y-%m-%d'), '')"                                   \
  " FROM crm_course_record r JOIN user u ON u.id = r.teacher_id"

CourseRecord record_of(const db::Row& r) {
  CourseRecord c;
  db::into(r, c.id, c.class_id, c.teacher_id, c.day_number, c.title, c.homework, c.teacher_name,
           c.study_records, c.lesson_date);
  return c;
}

}  // namespace

long long add_course_record(db::Connection& db, CourseRecord r) {
  r.title = core::trim(r.title);
  r.homework = core::trim(r.homework);
  if (r.day_number < 1 || r.day_number > 1000)
    throw core::BadRequest("天数应为1到1000的整数", "day_number");
  r.lesson_date = core::trim(r.lesson_date);
  if (!r.lesson_date.empty() && !core::valid_date(r.lesson_date))
    throw core::BadRequest("上课日期格式应为 YYYY-MM-DD", "lesson_date");
  if (r.title.empty()) throw core::BadRequest("请填写本节课标题", "title");
  if (core::char_count(r.title) > 100) throw core::BadRequest("标题不能超过100个字", "title");
  if (core::char_count(r.homework) > 5000) throw core::BadRequest("作业内容过长", "homework");
  if (db.query("SELECT 1 FROM user WHERE id = ? AND FIND_IN_SET('teacher', roles)", r.teacher_id)
          .empty())
    throw core::BadRequest("请选择上课讲师", "teacher_id");
  if (db.query("SELECT 1 FROM crm_class WHERE id = ?", r.class_id).empty())
    throw core::NotFound("班级不存在");
  std::optional<std::string> homework, lesson_date;
  if (!r.homework.empty()) homework = r.homework;
  if (!r.lesson_date.empty()) lesson_date = r.lesson_date;
  try {
    return static_cast<long long>(
        db.query("INSERT INTO crm_course_record (class_id, day_number, lesson_date, teacher_id,"
                 " title, homework) VALUES (?, ?, ?, ?, ?, ?)",
                 r.class_id, r.day_number, lesson_date, r.teacher_id, r.title, homework)
            .insert_id);
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("第" + std::to_string(r.day_number) + "天的上课记录已存在",
                         "duplicate_day");
  }
}

std::vector<CourseRecord> course_records(db::Connection& db, long long class_id) {
  return db::all(db.query(RECORD_SELECT " WHERE r.class_id = ? ORDER BY r.day_number", class_id),
                 record_of);
}

std::optional<CourseRecord> find_course_record(db::Connection& db, long long id) {
  return db::first(db.query(RECORD_SELECT " WHERE r.id = ?", id), record_of);
}

void authorize_class(db::Connection& db, const auth::User& u, long long class_id) {
  if (manages(u)) return;
  auto r = db.query(
      "SELECT c.tutor_id = ? OR EXISTS (SELECT 1 FROM crm_class_teacher t"
      " WHERE t.class_id = c.id AND t.teacher_id = ?) FROM crm_class c WHERE c.id = ?",
      u.id, u.id, class_id);
  if (!r.empty() && r.one().i64(0) != 1) throw core::Forbidden("只能管理自己任教班级的课程和考勤");
}

void authorize_lessons(db::Connection& db, const auth::User& u, const std::vector<long long>& ids) {
  if (manages(u)) return;
  std::set<long long> classes;
  for (long long id : ids)
    for (const auto& r : db.query("SELECT class_id FROM crm_course_record WHERE id = ?", id).rows)
      classes.insert(r.i64(0));
  for (long long c : classes) authorize_class(db, u, c);
}

void authorize_study_records(db::Connection& db, const auth::User& u,
                             const std::vector<long long>& ids) {
  if (manages(u)) return;
  std::set<long long> classes;
  for (long long id : ids)
    for (const auto& r : db.query("SELECT r.class_id FROM crm_study_record s"
                                  " JOIN crm_course_record r ON r.id = s.course_record_id"
                                  " WHERE s.id = ?",
                                  id)
                             .rows)
      classes.insert(r.i64(0));
  for (long long c : classes) authorize_class(db, u, c);
}

int init_study(db::Connection& db, const std::vector<long long>& ids,
               std::optional<long long> class_id) {
  return db::transact(db, [&](db::Transaction& tx) -> int {
    int created = 0;
    // Requests initialising the same lessons take turns: lock the lessons first, in id order so
    // that two overlapping batches cannot deadlock. Concurrent INSERT ... SELECT into the same
    // rows otherwise fails in InnoDB ("Failed to read auto-increment value from storage
    // engine", or a deadlock) although the data comes out right.
    std::vector<long long> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    for (long long id : sorted)
      db.query("SELECT id FROM crm_course_record WHERE id = ? FOR UPDATE", id);
    for (long long id : ids) {
      // The no-op update keeps an existing row untouched (0 affected), unlike INSERT IGNORE, which
      // would also swallow other errors.
      auto r = db.query(
          "INSERT INTO crm_study_record (course_record_id, student_id)"
          " SELECT r.id, s.id FROM crm_course_record r"
          " JOIN crm_student s ON s.class_id = r.class_id"
          " WHERE r.id = ? AND (? IS NULL OR r.class_id = ?)"
          " ON DUPLICATE KEY UPDATE crm_study_record.id = crm_study_record.id",
          id, class_id, class_id);
      created += static_cast<int>(r.affected);
    }
    tx.commit();
    return created;
  });
}

const std::vector<std::string>& attendance_actions() {
  static const std::vector<std::string> v = {"签到", "迟到", "缺勤", "早退", "请假"};
  return v;
}

int mark(db::Connection& db, const std::vector<long long>& ids, const std::string& action,
         std::optional<long long> course_record_id) {
  const auto& a = attendance_actions();
  if (std::find(a.begin(), a.end(), action) == a.end())
    throw core::BadRequest("考勤操作应为签到、迟到、缺勤、早退或请假", "action");
  if (ids.empty()) throw core::BadRequest("请选择学员", "ids");
  return db::transact(db, [&](db::Transaction& tx) -> int {
    int matched = 0;
    for (long long id : ids) {
      auto r = db.query(
          "UPDATE crm_study_record SET attendance = ? WHERE id = ?"
          " AND (? IS NULL OR course_record_id = ?)",
          action, id, course_record_id, course_record_id);
      if (r.affected == 0 &&
          !db.query("SELECT 1 FROM crm_study_record WHERE id = ? AND attendance = ?"
                    " AND (? IS NULL OR course_record_id = ?)",
                    id, action, course_record_id, course_record_id)
               .empty())
        ++matched;  // already so marked
      else
        matched += static_cast<int>(r.affected);
    }
    tx.commit();
    return matched;
  });
}

std::vector<StudyRecord> study_records(db::Connection& db, long long course_record_id) {
  std::vector<StudyRecord> out;
  for (const auto& r :
       db.query("SELECT s.id, s.student_id, k.name, s.attendance, COALESCE(s.score, '')"
                " FROM crm_study_record s JOIN crm_student t ON t.id = s.student_id"
                " JOIN crm_customer k ON k.id = t.customer_id"
                " WHERE s.course_record_id = ? ORDER BY s.id",
                course_record_id)
           .rows)
    out.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4)});
  return out;
}

namespace {

// 0 to 100 with at most one decimal: "7", "99.5", "100", "100.0".
bool score_shape(const std::string& v) {
  auto dot = v.find('.');
  std::string whole = v.substr(0, dot);
  if (!core::digits(whole, 1, 3)) return false;
  if (dot != std::string::npos && !core::digits(std::string_view(v).substr(dot + 1), 1, 1))
    return false;
  if (whole.size() < 3) return true;
  return whole == "100" && (dot == std::string::npos || v.substr(dot) == ".0");
}

}  // namespace

void grade(db::Connection& db, long long course_record_id,
           const std::vector<std::pair<long long, std::string>>& scores) {
  db::transact(db, [&](db::Transaction& tx) {
    for (const auto& [id, raw] : scores) {
      auto v = core::trim(raw);
      if (!v.empty() && !score_shape(v))
        throw core::BadRequest("成绩应为0到100的数字，最多一位小数", "score");
      std::optional<std::string> score;
      if (!v.empty()) score = v;
      if (db.query("SELECT 1 FROM crm_study_record WHERE id = ? AND course_record_id = ?", id,
                   course_record_id)
              .empty())
        throw core::BadRequest("学习记录不属于这节课", "score");
      db.query("UPDATE crm_study_record SET score = ? WHERE id = ?", score, id);
    }
    tx.commit();
  });
}

std::vector<Score> scores_of(db::Connection& db, long long student_id) {
  std::vector<Score> out;
  for (const auto& r :
       db.query("SELECT r.day_number, r.title, s.attendance, COALESCE(s.score, '')"
                " FROM crm_study_record s JOIN crm_course_record r ON r.id = s.course_record_id"
                " WHERE s.student_id = ? ORDER BY r.day_number",
                student_id)
           .rows)
    out.push_back({static_cast<int>(r.i64(0)), r.str(1), r.str(2), r.str(3)});
  return out;
}

}  // namespace crm
