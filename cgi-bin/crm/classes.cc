// Teachers' class pages: GET/POST /crm/classes (list; create with name, course, semester,
// start_date, end_date, tutor_id, teachers), GET /crm/classes/{id} (its students),
// GET/POST /crm/classes/{id}/records (上课记录: list with initialise checkboxes; create with
// day_number, teacher_id, title, homework).
#include "cgi-bin/crm/menu.h"
#include "core/error.h"
#include "crm/school.h"
#include "crm/study.h"
#include "web/form_error.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

// A day number or a teacher's id from the form: at most 9 digits.
long long number(const std::string& v, const char* message, const char* field) {
  auto n = web::parse_id(v);
  if (!n || v.size() > 9) throw core::BadRequest(message, field);
  return *n;
}

void people(ctemplate::TemplateDictionary& d, const char* section,
            const std::vector<crm::Person>& list) {
  for (const auto& p : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetIntValue("ID", p.id);
    o->SetValue("NAME", p.name);
  }
}

// What the class list's rows and each class page's header both show.
void class_fields(ctemplate::TemplateDictionary& d, const crm::Class& c) {
  d.SetValue("COURSE", c.course);
  d.SetValue("SEMESTER", c.semester);
  d.SetValue("DATES", c.start_date + " ~ " + c.end_date);
  d.SetValue("TUTOR", c.tutor_name);
  d.SetValue("TEACHERS", c.teacher_names);
}

void list(web::Request& req, web::Response& res, const auth::User& u, const std::string& error,
          int status) {
  web::Page page(&req, "crm/classes.tpl", "班级");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  auto classes = crm::list_classes(req.db());
  for (const auto& c : classes) {
    auto* r = d.AddSectionDictionary("CLASS");
    r->SetIntValue("ID", c.id);
    r->SetValue("NAME", c.name);
    class_fields(*r, c);
    r->SetIntValue("STUDENTS", c.students);
  }
  if (classes.empty()) d.ShowSection("EMPTY");
  auto staff = crm::teachers(req.db());
  people(d, "TUTOR_OPT", staff);
  people(d, "TEACHER_OPT", staff);
  if (!error.empty()) web::show_error(d, error);
  for (const char* k : {"name", "course", "semester", "start_date", "end_date"})
    d.SetValue(std::string("F_") + k, req.is_post() ? req.arg(k) : "");
  web::render(res, page, status);
}

void create(web::Request& req, web::Response& res, const auth::User& u) {
  crm::Class c;
  c.name = req.arg("name");
  c.course = req.arg("course");
  c.semester = req.arg("semester");
  c.start_date = req.arg("start_date");
  c.end_date = req.arg("end_date");
  try {
    if (!req.arg("tutor_id").empty())
      c.tutor_id = number(req.arg("tutor_id"), "班主任不正确", "tutor_id");
    for (const auto& t : req.args("teachers"))
      c.teacher_ids.push_back(number(t, "讲师不正确", "teachers"));
    auto id = crm::create_class(req.db(), c);
    if (req.wants_json()) return res.json({{"ok", true}, {"id", id}});
    res.redirect("/crm/classes/" + std::to_string(id));
  } catch (const core::Error& e) {
    if (req.wants_json() || (e.status != 400 && e.status != 409)) throw;
    list(req, res, u, e.what(), e.status);
  }
}

crm::Class class_or_404(web::Request& req, long long id) {
  auto c = crm::find_class(req.db(), id);
  if (!c) throw core::NotFound("班级不存在");
  return *c;
}

void header(ctemplate::TemplateDictionary& d, const crm::Class& c) {
  d.SetIntValue("CLASS_ID", c.id);
  d.SetValue("CLASS_NAME", c.name);
  class_fields(d, c);
}

void show(web::Request& req, web::Response& res, const auth::User& u, long long id) {
  auto c = class_or_404(req, id);
  web::Page page(&req, "crm/class.tpl", c.name);
  crm_ui::menu(page, u);
  auto& d = page.dict();
  header(d, c);
  auto students = crm::students_of(req.db(), id);
  for (const auto& s : students) {
    auto* r = d.AddSectionDictionary("STUDENT");
    r->SetIntValue("ID", s.id);
    r->SetValue("NAME", s.name);
    r->SetValue("CONTACT", s.phone);
    r->SetValue("JOINED", s.joined_date);
  }
  if (students.empty()) d.ShowSection("NO_STUDENTS");
  web::render(res, page);
}

void records(web::Request& req, web::Response& res, const auth::User& u, long long id,
             const std::string& error, int status) {
  auto c = class_or_404(req, id);
  web::Page page(&req, "crm/records.tpl", c.name + " 上课记录");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  header(d, c);
  auto list = crm::course_records(req.db(), id);
  for (const auto& r : list) {
    auto* x = d.AddSectionDictionary("RECORD");
    x->SetIntValue("ID", r.id);
    x->SetIntValue("DAY", r.day_number);
    x->SetValue("TITLE", r.title);
    x->SetValue("TEACHER", r.teacher_name);
    x->SetValue("HOMEWORK", r.homework);
    x->SetIntValue("STUDY", r.study_records);
    if (r.study_records == 0) x->ShowSection("NEW");
  }
  if (list.empty()) d.ShowSection("NO_RECORDS");
  people(d, "TEACHER_OPT", crm::teachers(req.db()));
  d.SetIntValue("NEXT_DAY", list.empty() ? 1 : list.back().day_number + 1);
  if (!error.empty()) web::show_error(d, error);
  if (auto n = req.param("created"); !n.empty())
    d.SetValueAndShowSection("CREATED", n, "INITIALISED");
  web::render(res, page, status);
}

void add_record(web::Request& req, web::Response& res, const auth::User& u, long long id) {
  crm::authorize_class(req.db(), u, id);
  try {
    crm::CourseRecord r;
    r.class_id = id;
    r.day_number =
        static_cast<int>(number(req.arg("day_number"), "天数应为1到1000的整数", "day_number"));
    r.teacher_id = number(req.arg("teacher_id"), "请选择上课讲师", "teacher_id");
    r.title = req.arg("title");
    r.homework = req.arg("homework");
    auto rid = crm::add_course_record(req.db(), r);
    if (req.wants_json()) return res.json({{"ok", true}, {"id", rid}});
    res.redirect("/crm/classes/" + std::to_string(id) + "/records");
  } catch (const core::Error& e) {
    if (req.wants_json() || (e.status != 400 && e.status != 409)) throw;
    records(req, res, u, id, e.what(), e.status);
  }
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"teacher"});
    const auto& path = req.path();
    if (path == "/crm/classes") {
      if (req.is_post()) return create(req, res, u);
      return list(req, res, u, "", 200);
    }
    long long id = web::id_in_path(path, "/crm/classes/").id;
    bool recs = path.size() > 8 && path.compare(path.size() - 8, 8, "/records") == 0;
    if (recs) {
      if (req.is_post()) return add_record(req, res, u, id);
      return records(req, res, u, id, "", 200);
    }
    if (req.is_post()) throw core::MethodNotAllowed();
    show(req, res, u, id);
  });
}
