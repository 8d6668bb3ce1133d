// Imports take CSV or .xlsx. A file of another kind (an old .xls, a PDF, a photo of the sheet)
// is named as what it is, instead of failing later as "not UTF-8" or "wrong header".
#pragma once
#include <string>

namespace sheet {

// core::BadRequest (field "file") with a message naming the kind, when the bytes are a known
// non-table format (Excel 97–2003, PDF, Word/WPS, an image, an archive) or binary data; returns
// when they may be a CSV or an .xlsx workbook.
void require_csv_or_xlsx(const std::string& bytes);

}  // namespace sheet
