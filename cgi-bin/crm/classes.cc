// GET /crm/classes (teachers, admins): the classes, newest first, with tutor and teachers.
#include "cgi-bin/crm/menu.h"
#include "web/serve.h"

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"teacher"});
    if (req.is_post()) throw web::MethodNotAllowed();
    auto r = req.db().query(
        "SELECT c.id, c.name, c.course, c.semester, COALESCE(c.start_date, ''),"
        " COALESCE(c.end_date, ''), COALESCE(t.name, ''),"
        " (SELECT GROUP_CONCAT(x.name ORDER BY x.id SEPARATOR '、') FROM crm_class_teacher ct"
        "  JOIN user x ON x.id = ct.teacher_id WHERE ct.class_id = c.id)"
        " FROM crm_class c LEFT JOIN user t ON t.id = c.tutor_id ORDER BY c.id DESC LIMIT 200");
    web::Page page(&req, "crm/classes.tpl", "班级");
    crm_page::menu(page, u);
    for (const auto& row : r.rows) {
      auto* d = page.dict().AddSectionDictionary("CLASS");
      d->SetValue("NAME", row.str(1));
      d->SetValue("COURSE", row.str(2));
      d->SetValue("SEMESTER", row.str(3));
      d->SetValue("DATES", row.str(4) + " ~ " + row.str(5));
      d->SetValue("TUTOR", row.str(6));
      d->SetValue("TEACHERS", row.str(7));
    }
    if (r.rows.empty()) page.dict().ShowSection("EMPTY");
    web::render(res, page);
  });
}
