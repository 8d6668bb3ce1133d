// GET/POST /admin/varieties: the catalogue import on an admin page. The same import as
// `bin/yaocai import varieties FILE`: CSV or XLSX (recognised by its bytes), re-runs update,
// every bad row reported by line while the good ones go in.
#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "market/variety_import.h"
#include "web/form_error.h"

namespace {

void show(web::Request& req, web::Response& res, const market::ImportReport* report,
          const core::Error* error) {
  web::Page page(&req, "admin/varieties.tpl", "品种导入");
  admin_ui::menu(req, page, "varieties");
  if (error) web::show_error(page.dict(), *error);
  if (report) {
    auto* r = page.dict().AddSectionDictionary("REPORT");
    r->SetIntValue("INSERTED", report->inserted);
    r->SetIntValue("UPDATED", report->updated);
    r->SetIntValue("FAILED", static_cast<long>(report->errors.size()));
    for (const auto& e : report->errors) {
      auto* row = r->AddSectionDictionary("ROW_ERROR");
      row->SetIntValue("LINE", e.line);
      row->SetValue("MESSAGE", e.message);
    }
  }
  web::render(res, page, error ? error->status : 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (!req.is_post()) return show(req, res, nullptr, nullptr);
    market::ImportReport report;
    try {
      const auto* file = req.upload("file");
      if (!file) throw core::BadRequest("请选择要导入的 CSV 或 XLSX 文件", "file");
      auto rows = market::rows_of_file(file->data);
      if (rows.size() < 2) throw core::BadRequest("文件中没有品种数据", "file");
      report = market::import_varieties(req.db(), rows);
    } catch (const core::BadRequest& e) {
      return show(req, res, nullptr, &e);
    }
    admin::log(req.db(), me.id, "import", "variety", std::nullopt,
               "新增" + std::to_string(report.inserted) + "，更新" +
                   std::to_string(report.updated) + "，失败" +
                   std::to_string(report.errors.size()));
    show(req, res, &report, nullptr);
  });
}
