// Imports of spec §2: supplier leads (merged by mobile) and buy-leads from other herb markets
// (staged, de-duplicated by mobile + variety within 3 days, then turned into 常年采购 orders).
// Rows come from CSV/XLSX (market::rows_of_file) or JSON lines; every bad row is reported by
// its line number and the others go on.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "db/connection.h"

namespace push {

struct LeadReport {
  int inserted = 0, merged = 0, duplicates = 0, skipped = 0;
  struct RowError {
    int line;
    std::string message;
  };
  std::vector<RowError> errors;
};
using Progress = std::function<void(size_t done, size_t total)>;

// One imported row: field name (English or the Chinese header) → value, and its line.
struct LeadRow {
  int line = 0;
  std::map<std::string, std::string> fields;
};
// Rows of a CSV/XLSX file (first row the header) or of JSON lines (one object per line).
// web::BadRequest when the file is neither.
std::vector<LeadRow> lead_rows(const std::string& bytes);

// Supplier leads: mobile (手机), name (姓名), company (公司), area (地区), varieties (品种, a
// list), source (来源). A known mobile is merged: empty fields keep their value, varieties are
// added to the list. A number that is not a mobile is refused with its line.
LeadReport import_supplier_leads(db::Connection& db, const std::vector<LeadRow>& rows,
                                 const std::string& source, const Progress& progress = {});

// Buy-leads: mobile (手机), name (姓名), variety (品种), spec (规格), quantity (数量, e.g.
// "5吨"), quality (质量), origin (产地), date (日期, YYYY-MM-DD; default `today`), id (the
// source's id, API rows). The same mobile and variety within 3 days of a staged lead is a
// duplicate; a source id seen before is skipped.
LeadReport import_buy_leads(db::Connection& db, const std::vector<LeadRow>& rows,
                            const std::string& source, const std::string& today,
                            const Progress& progress = {});

struct Conversion {
  int converted = 0, staged = 0;
};
// Turns staged buy-leads into 常年采购 orders: the buyer found by phone or created, the variety
// resolved by name or alias, "5吨" read as quantity and unit. A row that does not resolve stays
// staged with the reason. `now` is "YYYY-MM-DD HH:MM:SS".
Conversion convert_buy_leads(db::Connection& db, const std::string& now, int limit = 1000);

// Splits "5吨", "500 公斤", "2.5t" into quantity and unit; false when there is no number.
bool parse_quantity(const std::string& text, std::string& quantity, std::string& unit);

}  // namespace push
