#include "sheet/file_kind.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"

namespace sheet {
namespace {

struct Magic {
  const char* bytes;
  size_t size;
  const char* kind;
};

// By the first bytes only, as the image upload does: the name and Content-Type are the
// visitor's to choose.
const Magic kKinds[] = {
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "旧版Excel（.xls）或Word文件"},
    {"%PDF", 4, "PDF文件"},
    {"\x89PNG", 4, "PNG图片"},
    {"\xFF\xD8\xFF", 3, "JPEG图片"},
    {"GIF8", 4, "GIF图片"},
    {"\x1F\x8B", 2, "gzip压缩包"},
    {"Rar!", 4, "RAR压缩包"},
    {"7z\xBC\xAF\x27\x1C", 6, "7z压缩包"},
    {"{\\rtf", 5, "RTF文档"},
};

}  // namespace

void require_csv_or_xlsx(const std::string& bytes) {
  std::string kind;
  for (const auto& m : kKinds)
    if (bytes.size() >= m.size && std::memcmp(bytes.data(), m.bytes, m.size) == 0) kind = m.kind;
  if (kind.empty() && bytes.size() >= 12 && bytes.compare(0, 4, "RIFF") == 0 &&
      bytes.compare(8, 4, "WEBP") == 0)
    kind = "WebP图片";
  // Text never holds a NUL byte (UTF-16 CSV aside, which the UTF-8 check names); a ZIP does,
  // and is an .xlsx or told so by the workbook reader.
  if (kind.empty() && bytes.compare(0, 4, "PK\x03\x04") != 0 &&
      bytes.find('\0', 0) < std::min<size_t>(bytes.size(), 4096) &&
      bytes.compare(0, 2, "\xFF\xFE") != 0 && bytes.compare(0, 2, "\xFE\xFF") != 0)
    kind = "二进制文件";
  if (!kind.empty())
    throw core::BadRequest("只能导入CSV或XLSX文件，上传的是" + kind +
                               "。请在Excel或WPS中用“另存为”保存为.xlsx或“CSV UTF-8”后再上传",
                           "file");
}

}  // namespace sheet
