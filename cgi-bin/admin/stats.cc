// GET /admin/stats?month=YYYY-MM: the marketplace's key indicators by week of the month;
// GET /admin/stats/path?month=YYYY-MM: the business path from push to accepted quote. Both
// draw Chart.js charts (Debian's libjs-chart.js) from data-* attributes (the CSP allows no
// inline script) above the same figures as a table.
#include "push/stats.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cgi-bin/admin/page.h"
#include "core/clock.h"

namespace {

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string month_of(web::Request& req) {
  std::string m = req.param("month");
  if (m.empty()) return core::today().substr(0, 7);
  if (!push::valid_month(m)) throw core::BadRequest("月份格式应为 YYYY-MM", "month");
  return m;
}

// What both statistics pages carry: the chart scripts, the admin menu and the month
// navigation (`base` is the page's own path).
void stats_frame(web::Request& req, web::Page& page, const std::string& month,
                 const std::string& base) {
  page.script("/javascript/chart.js/chart.min.js");
  page.script("/js/admin_stats.js");
  admin_ui::menu(req, page, "stats");
  auto& d = page.dict();
  d.SetValue("MONTH", month);
  d.SetValue("BASE", base);
  d.SetValue("PREV", core::add_days(month + "-01", -1).substr(0, 7));
  d.SetValue("NEXT", core::add_days(month + "-28", 4).substr(0, 7));
}

void path_page(web::Request& req, web::Response& res) {
  std::string month = month_of(req);
  web::Page page(&req, "admin/stats_path.tpl", "业务路径 " + month);
  stats_frame(req, page, month, "/admin/stats/path");
  nlohmann::json labels = nlohmann::json::array(), counts = nlohmann::json::array();
  auto steps = push::business_path(req.db(), month);
  long long first = steps.empty() ? 0 : steps[0].count;
  for (const auto& s : steps) {
    auto* d = page.dict().AddSectionDictionary("STEP");
    d->SetValue("LABEL", s.label);
    d->SetIntValue("COUNT", s.count);
    d->SetValue("SHARE", first ? fixed(100.0 * s.count / first) + "%" : "—");
    labels.push_back(s.label);
    counts.push_back(s.count);
  }
  page.dict().SetValue("LABELS", labels.dump());
  page.dict().SetValue("COUNTS", counts.dump());
  web::render(res, page);
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    admin_ui::require_admin(req);
    if (req.is_post()) throw core::MethodNotAllowed();
    if (req.path() == "/admin/stats/path") return path_page(req, res);
    std::string month = month_of(req);
    web::Page page(&req, "admin/stats.tpl", "关键指标 " + month);
    stats_frame(req, page, month, "/admin/stats");
    nlohmann::json weeks = nlohmann::json::array(), users = nlohmann::json::array(),
                   items = nlohmann::json::array(), quoted = nlohmann::json::array(),
                   accepted = nlohmann::json::array();
    for (const auto& w : push::month_stats(req.db(), month)) {
      auto* d = page.dict().AddSectionDictionary("WEEK");
      std::string label = "第" + std::to_string(w.week) + "周";
      d->SetValue("LABEL", label);
      d->SetValue("RANGE", w.from.substr(5) + "～" + w.to.substr(5));
      d->SetIntValue("NEW_USERS", w.new_users);
      d->SetIntValue("PUBLISHERS", w.publishers);
      d->SetIntValue("QUOTERS", w.quoters);
      d->SetIntValue("NEW_ITEMS", w.new_items);
      d->SetValue("ITEMS_QUOTED", fixed(w.items_quoted));
      d->SetValue("QUOTES_PER_ITEM", fixed(w.quotes_per_item));
      d->SetValue("HOURS_TO_QUOTE", fixed(w.hours_to_quote));
      d->SetValue("ITEMS_ACCEPTED", fixed(w.items_accepted));
      d->SetValue("QUOTES_REPLIED", fixed(w.quotes_replied));
      d->SetValue("QUOTES_ACCEPTED", fixed(w.quotes_accepted));
      d->SetValue("HOURS_TO_REPLY", fixed(w.hours_to_reply));
      weeks.push_back(label);
      users.push_back(w.new_users);
      items.push_back(w.new_items);
      quoted.push_back(w.items_quoted);
      accepted.push_back(w.items_accepted);
    }
    auto& d = page.dict();
    d.SetValue("WEEKS", weeks.dump());
    d.SetValue("USERS", users.dump());
    d.SetValue("ITEMS", items.dump());
    d.SetValue("QUOTED", quoted.dump());
    d.SetValue("ACCEPTED", accepted.dump());
    web::render(res, page);
  });
}
