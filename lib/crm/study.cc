#include "crm/study.h"

#include <algorithm>
#include <regex>

#include "core/error.h"
#include "core/text.h"
#include "db/error.h"

namespace crm {

namespace {

// A column list glued to each query at compile time (adjacent literals): every
// statement stays one constant string with its values bound.
#define RECORD_SELECT                                                                       \
  "SELECT r.id, r.class_id, r.teacher_id, r.day_number, r.title, COALESCE(r.homework, '')," \
  " COALESCE(NULLIF(u.nickname, ''), NULLIF(u.name, ''), u.username),"                      \
  " (SELECT COUNT(*) FROM crm_study_record s WHERE s.course_record_id = r.id)"              \
  " FROM crm_course_record r JOIN user u ON u.id = r.teacher_id"

CourseRecord record_of(const db::Row& r) {
  CourseRecord c;
  c.id = r.i64(0);
  c.class_id = r.i64(1);
  c.teacher_id = r.i64(2);
  c.day_number = static_cast<int>(r.i64(3));
  c.title = r.str(4);
  c.homework = r.str(5);
  c.teacher_name = r.str(6);
  c.study_records = r.i64(7);
  return c;
}

}  // namespace

long long add_course_record(db::Connection& db, CourseRecord r) {
  r.title = core::trim(r.title);
  r.homework = core::trim(r.homework);
  if (r.day_number < 1 || r.day_number > 1000)
    throw web::BadRequest("天数应为1到1000的整数", "day_number");
  if (r.title.empty()) throw web::BadRequest("请填写本节课标题", "title");
  if (core::char_count(r.title) > 100) throw web::BadRequest("标题不能超过100个字", "title");
  if (core::char_count(r.homework) > 5000) throw web::BadRequest("作业内容过长", "homework");
  if (db.query("SELECT 1 FROM user WHERE id = ? AND FIND_IN_SET('teacher', roles)", r.teacher_id)
          .empty())
    throw web::BadRequest("请选择上课讲师", "teacher_id");
  if (db.query("SELECT 1 FROM crm_class WHERE id = ?", r.class_id).empty())
    throw web::NotFound("班级不存在");
  std::optional<std::string> homework;
  if (!r.homework.empty()) homework = r.homework;
  try {
    return static_cast<long long>(
        db.query("INSERT INTO crm_course_record (class_id, day_number, teacher_id, title,"
                 " homework) VALUES (?, ?, ?, ?, ?)",
                 r.class_id, r.day_number, r.teacher_id, r.title, homework)
            .insert_id);
  } catch (const db::DuplicateKey&) {
    throw web::Conflict("第" + std::to_string(r.day_number) + "天的上课记录已存在",
                        "duplicate_day");
  }
}

std::vector<CourseRecord> course_records(db::Connection& db, long long class_id) {
  std::vector<CourseRecord> out;
  for (const auto& r :
       db.query(RECORD_SELECT " WHERE r.class_id = ? ORDER BY r.day_number", class_id).rows)
    out.push_back(record_of(r));
  return out;
}

std::optional<CourseRecord> find_course_record(db::Connection& db, long long id) {
  auto r = db.query(RECORD_SELECT " WHERE r.id = ?", id);
  if (r.empty()) return std::nullopt;
  return record_of(r.one());
}

int init_study(db::Connection& db, const std::vector<long long>& ids,
               std::optional<long long> class_id) {
  int created = 0;
  db::Transaction tx(db);
  for (long long id : ids) {
    // The no-op update keeps an existing row untouched (0 affected), unlike INSERT IGNORE, which
    // would also swallow other errors.
    auto r = db.query(
        "INSERT INTO crm_study_record (course_record_id, student_id)"
        " SELECT r.id, s.id FROM crm_course_record r JOIN crm_student s ON s.class_id = r.class_id"
        " WHERE r.id = ? AND (? IS NULL OR r.class_id = ?)"
        " ON DUPLICATE KEY UPDATE crm_study_record.id = crm_study_record.id",
        id, class_id, class_id);
    created += static_cast<int>(r.affected);
  }
  tx.commit();
  return created;
}

const std::vector<std::string>& attendance_actions() {
  static const std::vector<std::string> v = {"签到", "迟到", "缺勤", "早退", "请假"};
  return v;
}

int mark(db::Connection& db, const std::vector<long long>& ids, const std::string& action,
         std::optional<long long> course_record_id) {
  const auto& a = attendance_actions();
  if (std::find(a.begin(), a.end(), action) == a.end())
    throw web::BadRequest("考勤操作应为签到、迟到、缺勤、早退或请假", "action");
  if (ids.empty()) throw web::BadRequest("请选择学员", "ids");
  int matched = 0;
  db::Transaction tx(db);
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

void grade(db::Connection& db, long long course_record_id,
           const std::vector<std::pair<long long, std::string>>& scores) {
  static const std::regex number("(100(\\.0)?|[0-9]{1,2}(\\.[0-9])?)");
  db::Transaction tx(db);
  for (const auto& [id, raw] : scores) {
    auto v = core::trim(raw);
    if (!v.empty() && !std::regex_match(v, number))
      throw web::BadRequest("成绩应为0到100的数字，最多一位小数", "score");
    std::optional<std::string> score;
    if (!v.empty()) score = v;
    if (db.query("SELECT 1 FROM crm_study_record WHERE id = ? AND course_record_id = ?", id,
                 course_record_id)
            .empty())
      throw web::BadRequest("学习记录不属于这节课", "score");
    db.query("UPDATE crm_study_record SET score = ? WHERE id = ?", score, id);
  }
  tx.commit();
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
