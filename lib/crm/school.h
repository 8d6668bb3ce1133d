// The school side of the CRM: classes (班级: course, semester, dates, tutor, teachers) and
// their students (an enrolled customer placed in a class).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"

namespace crm {

struct Class {
  long long id = 0;
  std::string name, course, semester, start_date, end_date;
  long long tutor_id = 0;
  std::string tutor_name, teacher_names;  // teachers joined with 、
  std::vector<long long> teacher_ids;
  long long students = 0;
};

// Validates and creates a class; BadRequest naming the field, Conflict for a taken name.
long long create_class(db::Connection& db, Class c);

std::vector<Class> list_classes(db::Connection& db);
std::optional<Class> find_class(db::Connection& db, long long id);

// Staff with the teacher role (the choices for tutor, teachers and a lesson's teacher).
struct Person {
  long long id = 0;
  std::string name;
};
std::vector<Person> teachers(db::Connection& db);

struct Student {
  long long id = 0, customer_id = 0, class_id = 0;
  std::string name, phone, class_name, course, joined_date;
};

// Places enrolled customer `customer_id` in class `class_id` from `today`; returns the
// student id. NotFound for no such class, Conflict when already in it.
long long add_student(db::Connection& db, long long customer_id, long long class_id,
                      const std::string& today);

std::vector<Student> students_of(db::Connection& db, long long class_id);
std::vector<Student> list_students(db::Connection& db, int limit, int offset);
std::optional<Student> find_student(db::Connection& db, long long id);

}  // namespace crm
