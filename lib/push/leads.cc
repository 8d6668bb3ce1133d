#include "push/leads.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "auth/account.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "core/token.h"
#include "db/transact.h"
#include "market/catalogue.h"
#include "market/purchase.h"
#include "market/variety_import.h"
#include "market/visitor.h"

namespace push {
namespace {

// Header names as files carry them → the field names the importers read.
const std::map<std::string, std::string>& aliases() {
  static const std::map<std::string, std::string> a{
      {"手机", "mobile"},      {"手机号", "mobile"}, {"电话", "mobile"},
      {"姓名", "name"},        {"联系人", "name"},   {"公司", "company"},
      {"地区", "area"},        {"品种", "variety"},  {"经营品种", "varieties"},
      {"规格", "spec"},        {"数量", "quantity"}, {"质量", "quality"},
      {"质量要求", "quality"}, {"产地", "origin"},   {"日期", "date"},
      {"来源", "source"},      {"编号", "id"}};
  return a;
}

std::string field_name(const std::string& header) {
  std::string h = core::trim(header);
  if (h.size() >= 3 && h.compare(0, 3, "\xEF\xBB\xBF") == 0) h = h.substr(3);
  auto it = aliases().find(h);
  return it == aliases().end() ? h : it->second;
}

std::string get(const LeadRow& r, const std::string& name, size_t max = 200) {
  auto it = r.fields.find(name);
  if (it == r.fields.end()) return "";
  std::string v = core::trim(it->second);
  return core::char_count(v) > max ? "" : v;
}

std::string join(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : "、") + i;
  return s;
}

}  // namespace

std::vector<LeadRow> lead_rows(const std::string& bytes) {
  std::vector<LeadRow> out;
  size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && bytes[first] == '{') {  // JSON lines
    int line = 0;
    size_t start = 0;
    while (start < bytes.size()) {
      size_t end = bytes.find('\n', start);
      if (end == std::string::npos) end = bytes.size();
      std::string text = bytes.substr(start, end - start);
      start = end + 1;
      ++line;
      if (core::trim(text).empty()) continue;
      LeadRow r;
      r.line = line;
      auto j = nlohmann::json::parse(text, nullptr, false);
      if (j.is_object())
        for (auto& [k, v] : j.items())
          r.fields[field_name(k)] = v.is_string() ? v.get<std::string>() : v.dump();
      out.push_back(std::move(r));  // an empty row is reported by the importer
    }
    return out;
  }
  auto rows = market::rows_of_file(bytes);
  if (rows.empty()) throw core::BadRequest("文件为空");
  std::vector<std::string> header;
  for (const auto& h : rows[0]) header.push_back(field_name(h));
  for (size_t i = 1; i < rows.size(); ++i) {
    LeadRow r;
    r.line = static_cast<int>(i + 1);
    bool any = false;
    for (size_t c = 0; c < rows[i].size() && c < header.size(); ++c) {
      r.fields[header[c]] = rows[i][c];
      any = any || !core::trim(rows[i][c]).empty();
    }
    if (any) out.push_back(std::move(r));
  }
  return out;
}

LeadReport import_supplier_leads(db::Connection& db, const std::vector<LeadRow>& rows,
                                 const std::string& source, const Progress& progress) {
  LeadReport rep;
  size_t done = 0;
  for (const auto& r : rows) {
    if (progress) progress(done++, rows.size());
    std::string mobile = get(r, "mobile", 20);
    if (!auth::valid_phone(mobile)) {
      rep.errors.push_back({r.line, "手机号无效：" + mobile.substr(0, 20)});
      continue;
    }
    auto names =
        market::split_list(get(r, "varieties", 1000) + "、" + get(r, "variety", 100), "/,; ");
    bool inserted = db::transact(db, [&](db::Transaction& tx) {
      auto old =
          db.query("SELECT id, varieties FROM supplier_lead WHERE mobile = ? FOR UPDATE", mobile);
      long long id;
      std::vector<std::string> list;
      if (old.empty()) {
        list = names;
        id = static_cast<long long>(
            db.query("INSERT INTO supplier_lead (mobile, name, company, area, varieties, source) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     mobile, get(r, "name", 100), get(r, "company"), get(r, "area", 100),
                     join(list).substr(0, 1000),
                     get(r, "source", 50).empty() ? source : get(r, "source", 50))
                .insert_id);
      } else {
        id = old.one().i64(0);
        list = market::split_list(old.one().str(1), "/,; ");
        std::set<std::string> have(list.begin(), list.end());
        for (const auto& n : names)
          if (have.insert(n).second) list.push_back(n);
        db.query(
            "UPDATE supplier_lead SET name = IF(? = '', name, ?), company = IF(? = '', "
            "company, ?), area = IF(? = '', area, ?), varieties = ? WHERE id = ?",
            get(r, "name", 100), get(r, "name", 100), get(r, "company"), get(r, "company"),
            get(r, "area", 100), get(r, "area", 100), join(list).substr(0, 1000), id);
      }
      for (const auto& n : list)
        if (auto v = market::find_variety(db, n))
          db.query("INSERT IGNORE INTO supplier_lead_variety (lead_id, variety_id) VALUES (?, ?)",
                   id, v->id);
      tx.commit();
      return old.empty();
    });
    ++(inserted ? rep.inserted : rep.merged);
  }
  if (progress) progress(rows.size(), rows.size());
  return rep;
}

LeadReport import_buy_leads(db::Connection& db, const std::vector<LeadRow>& rows,
                            const std::string& source, const std::string& today,
                            const Progress& progress) {
  LeadReport rep;
  size_t done = 0;
  for (const auto& r : rows) {
    if (progress) progress(done++, rows.size());
    std::string mobile = get(r, "mobile", 20), variety = get(r, "variety", 50);
    std::string date = get(r, "date", 10).empty() ? today : get(r, "date", 10).substr(0, 10);
    std::string sid = get(r, "id", 64);
    if (!auth::valid_phone(mobile)) {
      rep.errors.push_back({r.line, "手机号无效：" + mobile.substr(0, 20)});
      continue;
    }
    if (variety.empty()) {
      rep.errors.push_back({r.line, "缺少品种"});
      continue;
    }
    if (!core::valid_date(date)) {
      rep.errors.push_back({r.line, "日期无效：" + date});
      continue;
    }
    if (!sid.empty() &&
        !db.query("SELECT 1 FROM buy_lead WHERE source = ? AND source_id = ?", source, sid)
             .empty()) {
      ++rep.skipped;
      continue;
    }
    // Within 3 days either side of a lead already taken for this mobile and variety.
    bool dup = !db.query(
                      "SELECT 1 FROM buy_lead WHERE mobile = ? AND variety_text = ? AND "
                      "state <> 'duplicate' AND lead_date > ? AND lead_date < ? LIMIT 1",
                      mobile, variety, core::add_days(date, -3), core::add_days(date, 3))
                    .empty();
    try {
      db.query(
          "INSERT INTO buy_lead (source, source_id, mobile, name, variety_text, spec, "
          "quantity_text, quality, origin, lead_date, state, reason) VALUES (?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?, ?)",
          source, sid.empty() ? std::optional<std::string>() : sid, mobile, get(r, "name", 100),
          variety, get(r, "spec", 30), get(r, "quantity", 50), get(r, "quality", 500),
          get(r, "origin", 50), date, dup ? "duplicate" : "staged", dup ? "3天内重复" : "");
    } catch (const db::DuplicateKey&) {
      ++rep.skipped;  // the same source id imported meanwhile
      continue;
    }
    if (dup)
      ++rep.duplicates;
    else
      ++rep.inserted;
  }
  if (progress) progress(rows.size(), rows.size());
  return rep;
}

bool parse_quantity(const std::string& text, std::string& quantity, std::string& unit) {
  std::string t = core::trim(text);
  size_t i = 0;
  while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.')) ++i;
  if (i == 0) return false;
  quantity = t.substr(0, i);
  std::string u = core::trim(t.substr(i));
  if (u.empty() || u == "公斤" || u == "kg" || u == "KG" || u == "千克")
    unit = "公斤";
  else if (u == "吨" || u == "t" || u == "T")
    unit = "吨";
  else if (u == "克" || u == "g")
    unit = "克";
  else
    return false;
  return true;
}

namespace {

// Makes the order of one staged buy-lead; returns why it could not ("" when it did).
std::string convert_one(db::Connection& db, const db::Row& row, const std::string& now,
                        long long& order) {
  auto variety = market::find_variety(db, row.str(3));
  if (!variety) return "品种无法识别：" + row.str(3);
  market::PurchaseDraft d;
  d.pickup = "1";
  d.window = "0";  // 常年采购
  d.remark = "来自其他药市的求购信息";
  market::ItemDraft it;
  it.slot = 0;
  it.variety = variety->name;
  it.spec = row.str(4);
  if (!parse_quantity(row.str(5), it.quantity, it.unit)) return "数量无法识别：" + row.str(5);
  it.quality = row.str(6);
  it.origin = row.str(7);
  d.items.push_back(it);
  auto errors = market::validate(db, d);
  if (!errors.empty()) return errors.begin()->second;
  auto buyer = db.query("SELECT id FROM user WHERE phone = ?", row.str(1));
  if (!buyer.empty()) {
    order = market::publish(db, buyer.one().i64(0), d, now);
    return "";
  }
  market::Visitor v{row.str(1), "", row.str(2).empty() ? "采购商" : row.str(2), "9"};
  order = market::publish_as_visitor(db, v, d, now).purchase_id;
  return "";
}

}  // namespace

Conversion convert_buy_leads(db::Connection& db, const std::string& now, int limit) {
  Conversion c;
  auto rows = db.query(
      "SELECT id, mobile, name, variety_text, spec, quantity_text, quality, origin FROM buy_lead "
      "WHERE state = 'staged' ORDER BY reason <> '', id LIMIT ?",
      limit);
  for (const auto& row : rows.rows) {
    long long id = row.i64(0);
    // Taken by a guarded UPDATE: a second converter running at once skips the row.
    if (db.query("UPDATE buy_lead SET state = 'converting' WHERE id = ? AND state = 'staged'", id)
            .affected != 1)
      continue;
    long long order = 0;
    std::string reason;
    try {
      reason = convert_one(db, row, now, order);
    } catch (const std::exception& e) {
      reason = e.what();
    }
    if (reason.empty()) {
      db.query("UPDATE buy_lead SET state = 'converted', order_id = ?, reason = '' WHERE id = ?",
               order, id);
      ++c.converted;
    } else {
      size_t cut = std::min<size_t>(reason.size(), 190);
      while (cut > 0 && cut < reason.size() && (reason[cut] & 0xC0) == 0x80) --cut;  // UTF-8
      db.query("UPDATE buy_lead SET state = 'staged', reason = ? WHERE id = ?",
               reason.substr(0, cut), id);
      ++c.staged;
    }
  }
  return c;
}

}  // namespace push
