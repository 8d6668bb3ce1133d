// lib/crm/xlsx: cells by their r="B7" reference (gaps kept), shared and inline strings,
// numbers as Excel writes them, the template read back, and files that are not workbooks or
// inflate too far refused with a 400.
#include <gtest/gtest.h>

#include "core/error.h"
#include "crm/import.h"
#include "sheet/xlsx.h"
#include "tests/support/xlsx.h"

TEST(CrmXlsx, CellsLandInTheirColumnsAndRowsKeepExcelNumbers) {
  auto x = testenv::xlsx_of(
      {"甲", "a &amp; b"},
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>内联"
      "</t></is></c><c r=\"D1\"><v>13800138000</v></c></row>"
      "<row r=\"2\"></row>"
      "<row r=\"4\"><c r=\"B4\"><v>1.3800138E10</v></c><c r=\"E4\" t=\"s\"><v>1</v></c>"
      "<c r=\"F4\"><v>2.5</v></c></row>");
  ASSERT_TRUE(sheet::is_zip(x));
  auto rows = sheet::read_first_sheet(x, 100, 20);
  ASSERT_EQ(rows.size(), 2u);  // the empty row 2 is skipped
  EXPECT_EQ(rows[0].row, 1);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"甲", "", "内联", "13800138000"}));
  EXPECT_EQ(rows[1].row, 4);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"", "13800138000", "", "", "a & b", "2.5"}));
}

TEST(CrmXlsx, TheTemplateReadsBackAsTheHeader) {
  auto x = sheet::write_sheet({crm::import_header()});
  auto rows = sheet::read_first_sheet(x, 10, 20);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, crm::import_header());
}

TEST(CrmXlsx, AZipThatIsNoWorkbookIsABadRequest) {
  auto z = testenv::zip_of({{"readme.txt", "hello"}});
  ASSERT_TRUE(sheet::is_zip(z));
  EXPECT_THROW(sheet::read_first_sheet(z, 10, 20), web::BadRequest);
  EXPECT_THROW(sheet::read_first_sheet(std::string("PK\x03\x04garbage", 11), 10, 20),
               web::BadRequest);
  EXPECT_FALSE(sheet::is_zip("姓名,性别\r\n"));
}

TEST(CrmXlsx, AZipBombIsRefusedBeforeItInflates) {
  // 40 MB of one repeated cell compresses to well under 1 MB.
  std::string row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
  std::string data;
  data.reserve(40u << 20);
  while (data.size() < (40u << 20)) data += row;
  auto bomb = testenv::xlsx_of({}, data);
  EXPECT_LT(bomb.size(), 4u << 20);
  try {
    sheet::read_first_sheet(bomb, 1000000000, 20);
    FAIL() << "a zip bomb was read";
  } catch (const web::BadRequest& e) {
    EXPECT_NE(std::string(e.what()).find("过大"), std::string::npos) << e.what();
  }
}

TEST(CrmXlsx, TooManyRowsIsABadRequest) {
  std::vector<std::vector<std::string>> t(6, {"a"});
  EXPECT_EQ(sheet::read_first_sheet(testenv::xlsx_table(t), 6, 20).size(), 6u);
  EXPECT_THROW(sheet::read_first_sheet(testenv::xlsx_table(t), 5, 20), web::BadRequest);
}

// The audit: one 256 KiB shared string referenced by 1 000 cells took crm/import to 265 MB.
TEST(CrmXlsx, OneSharedStringInThousandsOfCellsIsBoundedByColumnsAndOutput) {
  std::string big(256 << 10, 'x');
  std::string wide = "<row r=\"1\">";
  for (int c = 0; c < 1000; ++c) {
    std::string ref;
    for (int n = c + 1; n; n = (n - 1) / 26) ref.insert(ref.begin(), char('A' + (n - 1) % 26));
    wide += "<c r=\"" + ref + "1\" t=\"s\"><v>0</v></c>";
  }
  wide += "</row>";
  auto rows = sheet::read_first_sheet(testenv::xlsx_of({big}, wide), 10, 12);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells.size(), 12u) << "columns past the template are left out";

  std::string tall;
  for (int r = 1; r <= 1000; ++r)
    tall += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
            "\" t=\"s\"><v>0</v></c></row>";
  auto book = testenv::xlsx_of({big}, tall);
  EXPECT_LT(book.size(), 64u << 10);
  try {
    sheet::read_first_sheet(book, 5001, 12);
    FAIL() << "256 MB of text was read";
  } catch (const web::BadRequest& e) {
    EXPECT_NE(std::string(e.what()).find("内容过多"), std::string::npos) << e.what();
  }
}
