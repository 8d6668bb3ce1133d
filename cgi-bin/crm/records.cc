// Lessons and attendance (teachers): POST /crm/records/init (ids: course record ids;
// class_id optional: ids of another class ignored) creates study records;
// GET /crm/records/{id}/attendance is the per-lesson sheet, POST saves grades (score[ID]);
// POST /crm/study/mark (ids: study record ids, action: 签到/迟到/缺勤/早退/请假, record
// optional: only that lesson's records) marks attendance in one batch.
#include "cgi-bin/crm/menu.h"
#include "core/error.h"
#include "crm/school.h"
#include "crm/study.h"
#include "web/form_error.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

long long id_of(const std::string& v, const char* field) {
  if (auto id = web::parse_id(v)) return *id;
  throw core::BadRequest("编号不正确", field);
}

std::vector<long long> ids(web::Request& req) {
  std::vector<long long> out;
  for (const auto& v : req.args("ids")) out.push_back(id_of(v, "ids"));
  if (out.empty()) throw core::BadRequest("请至少选择一项", "ids");
  if (out.size() > 1000) throw core::BadRequest("一次最多选择1000项", "ids");
  return out;
}

std::optional<long long> optional_id(web::Request& req, const std::string& name) {
  auto v = req.arg(name);
  if (v.empty()) return std::nullopt;
  return id_of(v, name.c_str());
}

const char* att_class(const std::string& a) {
  if (a == "签到") return "crm-att-ok";
  if (a == "迟到" || a == "早退") return "crm-att-warn";
  if (a == "缺勤") return "crm-att-bad";
  return "crm-att-leave";
}

void init(web::Request& req, web::Response& res, const auth::User& u) {
  auto class_id = optional_id(req, "class_id");
  auto lessons = ids(req);
  crm::authorize_lessons(req.db(), u, lessons);
  int created = crm::init_study(req.db(), lessons, class_id);
  if (req.wants_json()) return res.json({{"ok", true}, {"created", created}});
  res.redirect(class_id ? "/crm/classes/" + std::to_string(*class_id) +
                              "/records?created=" + std::to_string(created)
                        : "/crm/classes");
}

void sheet(web::Request& req, web::Response& res, const auth::User& u, long long id,
           const std::string& error, int status) {
  auto r = crm::find_course_record(req.db(), id);
  if (!r) throw core::NotFound("上课记录不存在");
  auto c = crm::find_class(req.db(), r->class_id);
  web::Page page(&req, "crm/attendance.tpl", "第" + std::to_string(r->day_number) + "天 考勤");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  d.SetIntValue("ID", r->id);
  d.SetIntValue("CLASS_ID", r->class_id);
  d.SetValue("CLASS_NAME", c ? c->name : "");
  d.SetIntValue("DAY", r->day_number);
  d.SetValue("TITLE", r->title);
  d.SetValue("TEACHER", r->teacher_name);
  d.SetValue("HOMEWORK", r->homework);
  for (const auto& a : crm::attendance_actions())
    d.SetValueAndShowSection("ACTION", a, "ACTION_BUTTON");
  auto rows = crm::study_records(req.db(), id);
  for (const auto& s : rows) {
    auto* x = d.AddSectionDictionary("ROW");
    x->SetIntValue("ID", s.id);
    x->SetIntValue("STUDENT_ID", s.student_id);
    x->SetValue("NAME", s.student_name);
    x->SetValue("ATTENDANCE", s.attendance.empty() ? "未记录" : s.attendance);
    x->SetValue("ATT_CLASS", att_class(s.attendance));
    x->SetValue("SCORE", s.score);
  }
  if (rows.empty()) d.ShowSection("NOT_INITIALISED");
  if (!error.empty()) web::show_error(d, error);
  if (auto n = req.param("marked"); !n.empty()) d.SetValueAndShowSection("MARKED", n, "DONE_MARK");
  if (req.param("graded") == "1") d.ShowSection("DONE_GRADE");
  web::render(res, page, status);
}

void grades(web::Request& req, web::Response& res, const auth::User& u, long long id) {
  if (!crm::find_course_record(req.db(), id)) throw core::NotFound("上课记录不存在");
  crm::authorize_lessons(req.db(), u, {id});
  std::vector<std::pair<long long, std::string>> scores;
  for (const auto& [name, value] : req.form()) {
    if (name.rfind("score[", 0) != 0 || name.back() != ']') continue;
    scores.push_back({id_of(name.substr(6, name.size() - 7), "score"), value});
  }
  try {
    crm::grade(req.db(), id, scores);
  } catch (const core::BadRequest& e) {
    if (req.wants_json()) throw;
    return sheet(req, res, u, id, e.what(), 400);
  }
  if (req.wants_json()) return res.json({{"ok", true}, {"graded", scores.size()}});
  res.redirect("/crm/records/" + std::to_string(id) + "/attendance?graded=1");
}

void mark(web::Request& req, web::Response& res, const auth::User& u) {
  auto record = optional_id(req, "record");
  auto records = ids(req);
  crm::authorize_study_records(req.db(), u, records);
  int n = crm::mark(req.db(), records, req.arg("action"), record);
  if (req.wants_json()) return res.json({{"ok", true}, {"marked", n}});
  if (!record) return res.redirect("/crm/classes");
  res.redirect("/crm/records/" + std::to_string(*record) +
               "/attendance?marked=" + std::to_string(n));
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"teacher"});
    const auto& path = req.path();
    if (path == "/crm/records/init" || path == "/crm/study/mark") {
      if (!req.is_post()) throw core::MethodNotAllowed();
      return path == "/crm/records/init" ? init(req, res, u) : mark(req, res, u);
    }
    long long id = web::id_in_path(path, "/crm/records/").id;
    if (req.is_post()) return grades(req, res, u, id);
    sheet(req, res, u, id, "", 200);
  });
}
