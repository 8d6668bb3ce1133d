#include "push/pull.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "http/client.h"

namespace push {

PullResult pull_buy_leads(db::Connection& db, const std::string& url, const std::string& source,
                          const std::string& today, int page_size, int max_pages) {
  PullResult res;
  db.query("INSERT IGNORE INTO buy_lead_cursor (source) VALUES (?)", source);
  std::string after =
      db.query("SELECT last_source_id FROM buy_lead_cursor WHERE source = ?", source).one().str(0);
  for (int page = 0; page < max_pages; ++page) {
    std::string u = url + (url.find('?') == std::string::npos ? "?" : "&") +
                    "after=" + http::urlencode(after) + "&limit=" + std::to_string(page_size);
    auto r = http::get(u, 15000);
    if (r.status != 200) throw web::Unavailable("求购信息接口无法访问：" + u);
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (j.is_discarded() || !j.contains("items") || !j["items"].is_array())
      throw web::Unavailable("求购信息接口应答无法识别");
    if (j["items"].empty()) break;
    std::vector<LeadRow> rows;
    std::string last = after;
    int line = 0;
    for (const auto& item : j["items"]) {
      LeadRow row;
      row.line = ++line;
      if (item.is_object())
        for (auto& [k, v] : item.items())
          row.fields[k] = v.is_string() ? v.get<std::string>() : v.dump();
      if (!row.fields["id"].empty()) last = row.fields["id"];
      rows.push_back(std::move(row));
    }
    auto rep = import_buy_leads(db, rows, source, today);
    res.report.inserted += rep.inserted;
    res.report.duplicates += rep.duplicates;
    res.report.skipped += rep.skipped;
    for (auto& e : rep.errors) res.report.errors.push_back(e);
    ++res.pages;
    db.query("UPDATE buy_lead_cursor SET last_source_id = ?, pulled_at = NOW() WHERE source = ?",
             last, source);
    if (last == after) break;  // the API does not move forward: stop rather than loop
    after = last;
    if (static_cast<int>(j["items"].size()) < page_size) break;
  }
  return res;
}

}  // namespace push
