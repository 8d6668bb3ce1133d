// Builds .xlsx files for the tests with libzip, part by part, the way Excel lays them out:
// shared strings referenced by index, cells addressed by r="B7" with empty ones left out.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace testenv {

// A ZIP archive (deflated) holding `parts` (name, content).
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts);

// A workbook with [Content_Types].xml, _rels/.rels, xl/workbook.xml and its rels,
// xl/sharedStrings.xml holding `strings`, and xl/worksheets/sheet1.xml whose <sheetData> is
// `sheet_data` (e.g. <row r="1"><c r="A1" t="s"><v>0</v></c></row>).
std::string xlsx_of(const std::vector<std::string>& strings, const std::string& sheet_data);

// Table rows as a workbook: every non-empty text cell a shared string, empty cells left out.
std::string xlsx_table(const std::vector<std::vector<std::string>>& rows);

}  // namespace testenv
