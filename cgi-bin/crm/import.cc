// GET/POST /crm/customers/import (managers): upload the template filled in, as CSV or .xlsx
// (field `file`); `dry_run=1` shows who each row would go to and keeps the file for 30 minutes
// under a token that the confirm button posts back (`token`); without it the rows are
// written at once. GET /crm/customers/import/template.csv|.xlsx: the template.
#include "crm/import.h"

#include <map>

#include "cgi-bin/crm/menu.h"
#include "core/clock.h"
#include "core/error.h"
#include "crm/import_stash.h"
#include "crm/notify.h"
#include "sheet/xlsx.h"
#include "web/form_error.h"
#include "web/serve.h"

namespace {

// Every state of the page (form, problems, preview, result) is the one template, crm/import.tpl.

void problems(web::Request& req, web::Response& res, const auth::User& u,
              const std::string& message, const std::vector<crm::ImportProblem>& list,
              int status = 400) {
  web::Page page(&req, "crm/import.tpl", "批量导入客户");
  crm_ui::menu(page, u);
  web::show_error(page.dict(), message);
  for (const auto& p : list) {
    auto* d = page.dict().AddSectionDictionary("PROBLEM_ROW");
    d->SetValue("TEXT", p.text());
  }
  web::render(res, page, status);
}

void preview(web::Request& req, web::Response& res, const auth::User& u,
             const crm::ImportFile& file, const std::string& csv) {
  auto token = crm::stash_import(req.redis(), u.id, csv);
  auto turns = crm::plan(req.db(), crm::Policy::from_config(), core::today(),
                         static_cast<int>(file.rows.size()));
  web::Page page(&req, "crm/import.tpl", "批量导入客户");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  d.ShowSection("PREVIEW");
  d.SetValue("TOKEN", token);
  d.SetIntValue("COUNT", static_cast<long>(file.rows.size()));
  for (size_t i = 0; i < file.rows.size(); ++i) {
    const auto& c = file.rows[i].customer;
    auto* r = d.AddSectionDictionary("PLAN");
    r->SetIntValue("ROW", file.rows[i].row);
    r->SetValue("NAME", c.name);
    r->SetValue("CONTACT", !c.phone.empty() ? c.phone
                           : !c.qq.empty()  ? "QQ " + c.qq
                                            : "微信 " + c.wechat);
    r->SetValue("SOURCE", c.source);
    r->SetValue("TO", turns[i].name);
  }
  web::render(res, page);
}

void result(web::Request& req, web::Response& res, const auth::User& u,
            const std::vector<crm::ImportedRow>& rows) {
  if (req.wants_json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : rows)
      list.push_back({{"row", r.row},
                      {"id", r.assignment.customer_id},
                      {"consultant", r.assignment.consultant_id}});
    return res.json({{"ok", true}, {"imported", rows.size()}, {"customers", list}});
  }
  web::Page page(&req, "crm/import.tpl", "批量导入客户");
  crm_ui::menu(page, u);
  auto& d = page.dict();
  d.ShowSection("DONE");
  d.SetIntValue("IMPORTED", static_cast<long>(rows.size()));
  std::map<long long, int> per;
  for (const auto& r : rows) {
    auto* x = d.AddSectionDictionary("IMPORTED_ROW");
    x->SetIntValue("ROW", r.row);
    x->SetIntValue("ID", r.assignment.customer_id);
    x->SetValue("NAME", r.name);
    x->SetValue("REASON", r.assignment.reason);
    ++per[r.assignment.consultant_id];
  }
  for (auto [who, n] : per) {
    auto* x = d.AddSectionDictionary("PER");
    std::string name = "公户";
    if (who)
      if (auto found = auth::find_user(req.db(), who)) name = found->display_name();
    x->SetValue("NAME", name);
    x->SetIntValue("N", n);
  }
  web::render(res, page);
}

void post(web::Request& req, web::Response& res, const auth::User& u) {
  std::string csv;
  auto token = req.arg("token");
  if (!token.empty()) {
    csv = crm::stashed_import(req.redis(), u.id, token);
  } else {
    auto* up = req.upload("file");
    if (!up || up->data.empty()) throw core::BadRequest("请选择要导入的Excel或CSV文件", "file");
    // Old binary .xls (OLE2 magic) is not readable; .xlsx is told apart by content.
    if (up->data.rfind("\xD0\xCF\x11\xE0", 0) == 0)
      throw core::BadRequest("不支持旧版.xls文件，请在Excel中另存为.xlsx或CSV UTF-8后再上传",
                             "file");
    csv = up->data;
  }
  auto& db = req.db();
  auto file = crm::read_import(db, csv);
  if (!file.problems.empty()) {
    if (req.wants_json()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& p : file.problems)
        list.push_back({{"row", p.row}, {"column", p.column}, {"message", p.text()}});
      return res.json({{"ok", false},
                       {"error", "invalid_rows"},
                       {"message", "文件有错误，未导入任何数据"},
                       {"problems", list}},
                      400);
    }
    return problems(req, res, u,
                    "文件有" + std::to_string(file.problems.size()) +
                        "处错误，未导入任何数据。请修改后重新上传：",
                    file.problems);
  }
  if (req.arg("dry_run") == "1") return preview(req, res, u, file, csv);
  auto today = core::today();
  auto rows = crm::import_customers(db, crm::Policy::from_config(), file, today, u.id);
  if (!token.empty()) crm::drop_import_stash(req.redis(), u.id, token);
  crm::notify_imported(db, req.redis(), rows, today);
  result(req, res, u, rows);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& u = req.require_role({"sales_manager"});
    if (req.path() == "/crm/customers/import/template.csv") {
      if (req.is_post()) throw core::MethodNotAllowed();
      res.header("Content-Disposition",
                 "attachment; filename=\"customers.csv\"; "
                 "filename*=UTF-8''%E5%AE%A2%E6%88%B7%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.csv");
      return res.send(crm::import_template(), "text/csv; charset=utf-8");
    }
    if (req.path() == "/crm/customers/import/template.xlsx") {
      if (req.is_post()) throw core::MethodNotAllowed();
      res.header("Content-Disposition",
                 "attachment; filename=\"customers.xlsx\"; "
                 "filename*=UTF-8''%E5%AE%A2%E6%88%B7%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");
      return res.send(sheet::write_sheet({crm::import_header()}),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
    if (!req.is_post()) {
      web::Page page(&req, "crm/import.tpl", "批量导入客户");
      crm_ui::menu(page, u);
      return web::render(res, page);
    }
    try {
      post(req, res, u);
    } catch (const core::Error& e) {
      if (req.wants_json() || (e.status != 400 && e.status != 409)) throw;
      problems(req, res, u, e.what(), {}, e.status);
    }
  });
}
