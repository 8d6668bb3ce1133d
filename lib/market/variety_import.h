// Catalogue import (CSV): one variety per row, re-runs update rather than duplicate, and every
// bad row is reported by line without stopping the others.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "db/connection.h"

namespace market {

// Parses CSV text (RFC 4180 quoting, optional UTF-8 BOM) into rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);
// The rows of an uploaded catalogue file: XLSX (recognised by its bytes; Excel's row numbers
// kept) or else CSV. core::BadRequest for a broken or oversized workbook.
std::vector<std::vector<std::string>> rows_of_file(const std::string& bytes);
// The trimmed, non-empty items of a list in one cell, separated by any of the ASCII
// `separators` or the full-width 、 ， ；.
std::vector<std::string> split_list(const std::string& cell, const char* separators = "/,;");

struct ImportReport {
  int inserted = 0, updated = 0;
  struct RowError {
    int line;
    std::string message;
  };
  std::vector<RowError> errors;
};

// Imports rows whose first row is the header: 分类, 品种, 别名, 规格, 单位, 产地 (and optional
// 拼音); English names category, name, aliases, specs, units, origins, initials also work.
// Lists inside a cell are separated by / 、 ， , or ;. `progress(done, total)` after each row.
ImportReport import_varieties(db::Connection& db, const std::vector<std::vector<std::string>>& rows,
                              const std::function<void(size_t, size_t)>& progress = {});

}  // namespace market
