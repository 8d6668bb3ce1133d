// lib/sheet/file_kind: an import names a file that is not CSV or .xlsx as what it is (issue 17:
// "a clear message when an import file is not CSV/XLSX"), and lets CSV text and workbooks by.
#include <gtest/gtest.h>

#include "core/error.h"
#include "sheet/file_kind.h"
#include "sheet/xlsx.h"

namespace {
std::string refusal(const std::string& bytes) {
  try {
    sheet::require_csv_or_xlsx(bytes);
  } catch (const core::BadRequest& e) {
    EXPECT_EQ(e.field, "file");
    return e.what();
  }
  return "";
}
}  // namespace

TEST(SheetFileKind, OldExcelPdfAndPicturesAreNamed) {
  EXPECT_NE(refusal(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'))
                .find("旧版Excel（.xls）"),
            std::string::npos);
  EXPECT_NE(refusal("%PDF-1.7\n...").find("PDF文件"), std::string::npos);
  EXPECT_NE(refusal(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).find("PNG图片"),
            std::string::npos);
  EXPECT_NE(refusal("\xFF\xD8\xFF\xE0 JFIF").find("JPEG图片"), std::string::npos);
  EXPECT_NE(refusal(std::string("ab\0cd", 5)).find("二进制文件"), std::string::npos);
  EXPECT_NE(refusal("%PDF").find("只能导入CSV或XLSX文件"), std::string::npos);
}

TEST(SheetFileKind, CsvTextAndWorkbooksPass) {
  EXPECT_EQ(refusal("姓名,手机\n张三,13800138000\n"), "");
  EXPECT_EQ(refusal("\xEF\xBB\xBF名称,分类\n黄芪,根茎类\n"), "");
  EXPECT_EQ(refusal(""), "");
  EXPECT_EQ(refusal(sheet::write_sheet({{"a", "b"}})), "");
}
