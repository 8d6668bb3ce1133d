// GET/POST /admin/leads: buy-leads (?state=staged|duplicate|converted, with the reason a row
// stays staged) or supplier leads (?list=suppliers), 50 a page, and their imports: the same as
// `bin/yaocai import buy-leads| supplier-leads FILE` (CSV, XLSX or JSON lines), with an upload
// progress bar, a row report, and the button that turns staged buy-leads into 常年采购 orders.
// Every action is logged.
#include "push/leads.h"

#include "admin/admin.h"
#include "cgi-bin/admin/page.h"
#include "core/clock.h"
#include "market/clock.h"
#include "market/lists_changed.h"
#include "push/lead_list.h"
#include "web/form_error.h"
#include "web/pager.h"

namespace {

constexpr int kLeadsPerPage = 50;

// The buy-leads, or the supplier leads when `suppliers`, a page of them.
void list(web::Request& req, ctemplate::TemplateDictionary& d, bool suppliers) {
  web::Pager pager(req, kLeadsPerPage);
  if (suppliers) {
    d.ShowSection("SUPPLIER_LIST");
    auto rows = push::supplier_leads(req.db(), pager.limit(), pager.offset());
    pager.fit(rows);
    pager.show(d, "/admin/leads?list=suppliers&page=");
    for (const auto& s : rows) {
      auto* x = d.AddSectionDictionary("SUPPLIER");
      x->SetValue("MOBILE", s.mobile);
      x->SetValue("NAME", s.name);
      x->SetValue("COMPANY", s.company);
      x->SetValue("VARIETIES", s.varieties);
      x->SetValue("SOURCE", s.source);
      x->SetIntValue("SCORE", s.score);
      x->SetIntValue("UNCLICKED", s.unclicked);
      if (s.dead) x->ShowSection("DEAD");
      if (s.opted_out) x->ShowSection("OPTED_OUT");
    }
    return;
  }
  std::string state = req.param("state");
  if (state != "staged" && state != "duplicate" && state != "converted") state.clear();
  d.ShowSection("BUY_LIST");
  d.ShowSection(state == "staged"      ? "STAGED_ACTIVE"
                : state == "duplicate" ? "DUPLICATE_ACTIVE"
                : state == "converted" ? "CONVERTED_ACTIVE"
                                       : "ALL_ACTIVE");
  auto rows = push::buy_leads(req.db(), state, pager.limit(), pager.offset());
  pager.fit(rows);
  pager.show(d, "/admin/leads?state=" + state + "&page=");
  for (const auto& b : rows) {
    auto* x = d.AddSectionDictionary("BUY");
    x->SetValue("SOURCE", b.source);
    x->SetValue("MOBILE", b.mobile);
    x->SetValue("NAME", b.name);
    x->SetValue("VARIETY", b.variety);
    x->SetValue("QUANTITY", b.quantity);
    x->SetValue("DATE", b.date);
    x->SetValue("STATE", push::buy_lead_state_name(b.state));
    x->SetValue("REASON", b.reason);
    if (b.order_id) {
      x->SetIntValue("ORDER", b.order_id);
      x->ShowSection("HAS_ORDER");
    }
  }
}

void show(web::Request& req, web::Response& res, const push::LeadReport* report,
          const std::string& done, const core::Error* error, bool suppliers) {
  web::Page page(&req, "admin/leads.tpl", "线索");
  page.script("/js/upload_progress.js");
  admin_ui::menu(req, page, "leads");
  auto& d = page.dict();
  if (error) web::show_error(page.dict(), *error);
  if (!done.empty()) d.SetValueAndShowSection("DONE_TEXT", done, "HAS_DONE");
  if (report) {
    auto* r = d.AddSectionDictionary("REPORT");
    r->SetIntValue("INSERTED", report->inserted);
    r->SetIntValue("MERGED", report->merged);
    r->SetIntValue("DUPLICATES", report->duplicates);
    r->SetIntValue("SKIPPED", report->skipped);
    r->SetIntValue("FAILED", static_cast<long>(report->errors.size()));
    for (const auto& e : report->errors) {
      auto* row = r->AddSectionDictionary("ROW_ERROR");
      row->SetIntValue("LINE", e.line);
      row->SetValue("MESSAGE", e.message);
    }
  }
  auto c = push::lead_counts(req.db());
  d.SetIntValue("STAGED", c.staged);
  d.SetIntValue("DUPLICATE", c.duplicate);
  d.SetIntValue("CONVERTED", c.converted);
  d.SetIntValue("SUPPLIERS", c.suppliers);
  d.SetIntValue("BUY_TOTAL", c.staged + c.duplicate + c.converted);
  list(req, d, suppliers);
  web::render(res, page, error ? error->status : 200);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_admin(req);
    if (!req.is_post())
      return show(req, res, nullptr, "", nullptr, req.param("list") == "suppliers");
    std::string action = req.arg("action");
    if (action == "convert") {
      auto c = push::convert_buy_leads(req.db(), market::datetime_of(core::now()));
      if (c.converted) market::lists_changed();
      admin::log(req.db(), me.id, "convert", "buy_lead", std::nullopt,
                 "转换" + std::to_string(c.converted) + "，留待" + std::to_string(c.staged));
      return show(req, res, nullptr,
                  "已生成 " + std::to_string(c.converted) + " 个常年采购单，" +
                      std::to_string(c.staged) + " 条无法转换（见原因）。",
                  nullptr, false);
    }
    if (action != "buy" && action != "supplier") throw core::BadRequest("未知的操作");
    push::LeadReport report;
    try {
      const auto* file = req.upload("file");
      if (!file || file->data.empty()) throw core::BadRequest("请选择要导入的文件", "file");
      auto rows = push::lead_rows(file->data);
      if (rows.empty()) throw core::BadRequest("文件中没有数据", "file");
      report = action == "buy" ? push::import_buy_leads(req.db(), rows, "upload", core::today())
                               : push::import_supplier_leads(req.db(), rows, "upload");
    } catch (const core::BadRequest& e) {
      return show(req, res, nullptr, "", &e, action == "supplier");
    }
    admin::log(req.db(), me.id, "import", action == "buy" ? "buy_lead" : "supplier_lead",
               std::nullopt,
               "新增" + std::to_string(report.inserted) + "，合并" + std::to_string(report.merged) +
                   "，重复" + std::to_string(report.duplicates) + "，失败" +
                   std::to_string(report.errors.size()));
    show(req, res, &report, "", nullptr, action == "supplier");
  });
}
