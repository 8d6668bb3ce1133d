// Students (teachers): GET /crm/students (list), /crm/students/{id} (lessons, attendance,
// grades and a score chart drawn by /js/crm.js with Debian's Chart.js from data-* attributes,
// since the CSP allows no inline script), /crm/students/{id}/scores.json (the same data).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "cgi-bin/crm/menu.h"
#include "core/error.h"
#include "crm/school.h"
#include "crm/study.h"
#include "web/pager.h"
#include "web/path_id.h"
#include "web/serve.h"

namespace {

const int kPerPage = 100;

void list(web::Request& req, web::Response& res, const auth::User& u) {
  int n = web::page_number(req);
  auto rows = crm::list_students(req.db(), kPerPage, (n - 1) * kPerPage);
  web::Page page(&req, "crm/students.tpl", "学员");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  for (const auto& s : rows) {
    auto* r = d.AddSectionDictionary("STUDENT");
    r->SetIntValue("ID", s.id);
    r->SetValue("NAME", s.name);
    r->SetValue("CONTACT", s.phone);
    r->SetIntValue("CLASS_ID", s.class_id);
    r->SetValue("CLASS_NAME", s.class_name);
    r->SetValue("COURSE", s.course);
    r->SetValue("JOINED", s.joined_date);
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  if (n > 1) d.SetValueAndShowSection("PREV", std::to_string(n - 1), "HAS_PREV");
  if (rows.size() == kPerPage)
    d.SetValueAndShowSection("NEXT_PAGE", std::to_string(n + 1), "HAS_NEXT");
  web::render(res, page);
}

nlohmann::json chart(const std::vector<crm::Score>& scores) {
  nlohmann::json labels = nlohmann::json::array(), values = nlohmann::json::array();
  for (const auto& s : scores) {
    labels.push_back("第" + std::to_string(s.day_number) + "天");
    if (s.score.empty())
      values.push_back(nullptr);
    else
      values.push_back(std::stod(s.score));
  }
  return {{"labels", labels}, {"scores", values}};
}

void show(web::Request& req, web::Response& res, const auth::User& u, long long id, bool json) {
  auto s = crm::find_student(req.db(), id);
  if (!s) throw core::NotFound("学员不存在");
  auto scores = crm::scores_of(req.db(), id);
  auto data = chart(scores);
  if (json) {
    data["ok"] = true;
    return res.json(data);
  }
  web::Page page(&req, "crm/student.tpl", s->name);
  crm_ui::menu(page, u);
  auto& d = page.dict();
  d.SetValue("NAME", s->name);
  d.SetValue("CONTACT", s->phone);
  d.SetIntValue("CLASS_ID", s->class_id);
  d.SetValue("CLASS_NAME", s->class_name);
  d.SetValue("COURSE", s->course);
  d.SetValue("JOINED", s->joined_date);
  d.SetValue("LABELS", data["labels"].dump());
  d.SetValue("SCORES", data["scores"].dump());
  for (const auto& x : scores) {
    auto* r = d.AddSectionDictionary("LESSON");
    r->SetIntValue("DAY", x.day_number);
    r->SetValue("TITLE", x.title);
    r->SetValue("ATTENDANCE", x.attendance.empty() ? "未记录" : x.attendance);
    r->SetValue("SCORE", x.score.empty() ? "—" : x.score);
  }
  if (scores.empty()) d.ShowSection("NO_LESSONS");
  page.script("/javascript/chart.js/chart.min.js");
  page.script("/js/crm.js");
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"teacher"});
    if (req.is_post()) throw core::MethodNotAllowed();
    const auto& path = req.path();
    if (path == "/crm/students") return list(req, res, u);
    bool json = path.size() > 12 && path.compare(path.size() - 12, 12, "/scores.json") == 0;
    show(req, res, u, web::id_in_path(path, "/crm/students/").id, json);
  });
}
