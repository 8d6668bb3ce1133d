#include "tests/support/xlsx.h"

#include <zip.h>

#include <stdexcept>

namespace testenv {

std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* mem = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_t* z = zip_open_from_source(mem, ZIP_TRUNCATE, &err);
  if (!z) throw std::runtime_error("zip_of: open");
  zip_source_keep(mem);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    if (zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0)
      throw std::runtime_error("zip_of: add");
  }
  if (zip_close(z) < 0) throw std::runtime_error("zip_of: close");
  zip_stat_t st;
  zip_source_stat(mem, &st);
  std::string out(st.size, '\0');
  zip_source_open(mem);
  zip_source_read(mem, out.data(), st.size);
  zip_source_close(mem);
  zip_source_free(mem);
  return out;
}

std::string xlsx_of(const std::vector<std::string>& strings, const std::string& sheet_data) {
  const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/package/2006/relationships";
  const std::string odr = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string sst = head + "<sst xmlns=\"" + main + "\" count=\"" + std::to_string(strings.size()) +
                    "\" uniqueCount=\"" + std::to_string(strings.size()) + "\">";
  for (const auto& s : strings) sst += "<si><t>" + s + "</t></si>";
  sst += "</sst>";
  return zip_of({
      {"[Content_Types].xml",
       head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/"
              "vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"},
      {"_rels/.rels", head + "<Relationships xmlns=\"" + rel +
                          "\"><Relationship Id=\"rId1\" Type=\"" + odr +
                          "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", head + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + odr +
                              "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" "
                              "r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       head + "<Relationships xmlns=\"" + rel + "\"><Relationship Id=\"rId1\" Type=\"" + odr +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           odr + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", head + "<worksheet xmlns=\"" + main + "\"><sheetData>" +
                                       sheet_data + "</sheetData></worksheet>"},
      {"xl/sharedStrings.xml", sst},
  });
}

std::string xlsx_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> strings;
  std::string data;
  for (size_t r = 0; r < rows.size(); ++r) {
    auto n = std::to_string(r + 1);
    data += "<row r=\"" + n + "\">";
    for (size_t c = 0; c < rows[r].size(); ++c) {
      if (rows[r][c].empty()) continue;
      std::string col;
      for (size_t k = c + 1; k; k = (k - 1) / 26) col.insert(col.begin(), char('A' + (k - 1) % 26));
      data += "<c r=\"" + col + n + "\" t=\"s\"><v>" + std::to_string(strings.size()) + "</v></c>";
      strings.push_back(rows[r][c]);
    }
    data += "</row>";
  }
  return xlsx_of(strings, data);
}

}  // namespace testenv
