// Rows of strings from the first sheet of an .xlsx workbook (the import accepts Excel files
// as they are), and the import template as an .xlsx. The archive is read in memory (libzip)
// and its XML parts with expat; sizes and row counts are capped so a zip bomb is refused.
#pragma once
#include <string>
#include <vector>

namespace sheet {

// A ZIP archive (local file header magic "PK\3\4"), whatever the file is called.
bool is_zip(const std::string& bytes);

struct SheetRow {
  int row = 0;                     // as Excel numbers it (r="7")
  std::vector<std::string> cells;  // column A first; cells Excel left out are ""
};

// The non-empty rows of the workbook's first sheet, in order. Shared strings, inline strings,
// formula strings, booleans and numbers (integral ones without ".0" or exponent) become text.
// web::BadRequest (field "file") when it is not an .xlsx workbook, a part is too large
// uncompressed, the sheet has more than `max_rows` rows, or its text comes to more than
// kMaxTextBytes. Cells from column `max_cols` on are left out (a template's width, plus one
// to notice a column too many): one shared string may be referenced by thousands of cells,
// so it is the output, not the file, that must be bounded.
inline constexpr size_t kMaxTextBytes = 16 << 20;
std::vector<SheetRow> read_first_sheet(const std::string& bytes, size_t max_rows, size_t max_cols);

// A minimal workbook of one sheet holding `rows` as inline strings.
std::string write_sheet(const std::vector<std::vector<std::string>>& rows);

}  // namespace sheet
