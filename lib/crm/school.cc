#include "crm/school.h"

#include <algorithm>

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "db/error.h"
#include "db/into.h"
#include "db/transact.h"

namespace crm {

namespace {

std::optional<std::string> or_null(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

bool is_teacher(db::Connection& db, long long id) {
  return !db.query("SELECT 1 FROM user WHERE id = ? AND FIND_IN_SET('teacher', roles)", id).empty();
}

Class class_of(const db::Row& r) {
  Class c;
  db::into(r, c.id, c.name, c.course, c.semester, c.start_date, c.end_date, c.tutor_id,
           c.tutor_name, c.teacher_names, c.students);
  return c;
}

// A column list glued to each query at compile time (adjacent literals): every
// statement stays one constant string with its values bound.
#define CLASS_SELECT                                                        \
  "SELECT c.id, c.name, c.course, c.semester, COALESCE(c.start_date, ''),"  \
  " COALESCE(c.end_date, ''), COALESCE(c.tutor_id, 0),"                     \
  " COALESCE(t.display_name, ''),"                                          \
  " (SELECT GROUP_CONCAT(x.display_name"                                    \
  "   ORDER BY x.id SEPARATOR '、') FROM crm_class_teacher ct JOIN user x" \
  "   ON x.id = ct.teacher_id WHERE ct.class_id = c.id),"                   \
  " (SELECT COUNT(*) FROM crm_student s WHERE s.class_id = c.id)"           \
  " FROM crm_class c LEFT JOIN user t ON t.id = c.tutor_id"

#define STUDENT_SELECT                                                                 \
  "SELECT s.id, s.customer_id, s.class_id, k.name, COALESCE(k.phone, k.qq, k.wechat)," \
  " c.name, c.course, s.joined_date"                                                   \
  " FROM crm_student s JOIN crm_customer k ON k.id = s.customer_id"                    \
  " JOIN crm_class c ON c.id = s.class_id"

Student student_of(const db::Row& r) {
  return {r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.str(5), r.str(6), r.str(7)};
}

}  // namespace

long long create_class(db::Connection& db, Class c) {
  c.name = core::trim(c.name);
  c.course = core::trim(c.course);
  c.semester = core::trim(c.semester);
  if (c.name.empty()) throw core::BadRequest("请填写班级名称", "name");
  if (core::char_count(c.name) > 50) throw core::BadRequest("班级名称不能超过50个字", "name");
  if (c.course.empty()) throw core::BadRequest("请填写课程", "course");
  if (core::char_count(c.course) > 50) throw core::BadRequest("课程不能超过50个字", "course");
  if (core::char_count(c.semester) > 20) throw core::BadRequest("学期不能超过20个字", "semester");
  if (!c.start_date.empty() && !core::valid_date(c.start_date))
    throw core::BadRequest("开课日期不正确", "start_date");
  if (!c.end_date.empty() && !core::valid_date(c.end_date))
    throw core::BadRequest("结课日期不正确", "end_date");
  if (!c.start_date.empty() && !c.end_date.empty() && c.end_date < c.start_date)
    throw core::BadRequest("结课日期不能早于开课日期", "end_date");
  if (c.tutor_id && !is_teacher(db, c.tutor_id)) throw core::BadRequest("班主任不正确", "tutor_id");
  for (auto t : c.teacher_ids)
    if (!is_teacher(db, t)) throw core::BadRequest("讲师不正确", "teachers");
  std::optional<long long> tutor;
  if (c.tutor_id) tutor = c.tutor_id;
  return db::transact(db, [&](db::Transaction& tx) -> long long {
    long long id;
    try {
      id = static_cast<long long>(
          db.query("INSERT INTO crm_class (name, course, semester, start_date, end_date, tutor_id)"
                   " VALUES (?, ?, ?, ?, ?, ?)",
                   c.name, c.course, c.semester, or_null(c.start_date), or_null(c.end_date), tutor)
              .insert_id);
    } catch (const db::DuplicateKey&) {
      throw core::Conflict("班级名称已存在", "duplicate_name");
    }
    for (auto t : c.teacher_ids)
      db.query("INSERT IGNORE INTO crm_class_teacher (class_id, teacher_id) VALUES (?, ?)", id, t);
    tx.commit();
    return id;
  });
}

std::vector<Class> list_classes(db::Connection& db) {
  return db::all(db.query(CLASS_SELECT " ORDER BY c.id DESC LIMIT 500"), class_of);
}

std::optional<Class> find_class(db::Connection& db, long long id) {
  auto c = db::first(db.query(CLASS_SELECT " WHERE c.id = ?", id), class_of);
  if (!c) return std::nullopt;
  for (const auto& row :
       db.query("SELECT teacher_id FROM crm_class_teacher WHERE class_id = ?", id).rows)
    c->teacher_ids.push_back(row.i64(0));
  return c;
}

std::vector<Person> teachers(db::Connection& db) {
  return db::all(db.query("SELECT u.id, u.display_name"
                          " FROM user u WHERE FIND_IN_SET('teacher', u.roles)"
                          " AND u.disabled = 0 ORDER BY u.id"),
                 db::as<Person>(&Person::id, &Person::name));
}

long long add_student(db::Connection& db, long long customer_id, long long class_id,
                      const std::string& today) {
  if (db.query("SELECT 1 FROM crm_class WHERE id = ?", class_id).empty())
    throw core::NotFound("班级不存在");
  try {
    return static_cast<long long>(
        db.query("INSERT INTO crm_student (customer_id, class_id, joined_date) VALUES (?, ?, ?)",
                 customer_id, class_id, today)
            .insert_id);
  } catch (const db::DuplicateKey&) {
    throw core::Conflict("该学员已在这个班级", "already_student");
  }
}

std::vector<Student> students_of(db::Connection& db, long long class_id) {
  return db::all(db.query(STUDENT_SELECT " WHERE s.class_id = ? ORDER BY s.id", class_id),
                 student_of);
}

std::vector<Student> list_students(db::Connection& db, int limit, int offset) {
  return db::all(db.query(STUDENT_SELECT " ORDER BY s.id DESC LIMIT ? OFFSET ?", limit, offset),
                 student_of);
}

std::optional<Student> find_student(db::Connection& db, long long id) {
  return db::first(db.query(STUDENT_SELECT " WHERE s.id = ?", id), student_of);
}

}  // namespace crm
