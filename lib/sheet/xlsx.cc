#include "sheet/xlsx.h"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "core/error.h"

namespace sheet {

namespace {

// An import sheet of 5000 rows is a few MB; anything far beyond is refused before inflating.
constexpr zip_uint64_t kMaxPartBytes = 32 << 20;
constexpr zip_uint64_t kMaxTotalBytes = 64 << 20;

[[noreturn]] void not_xlsx() {
  throw web::BadRequest("文件不是有效的Excel工作簿（.xlsx），请使用导入模板", "file");
}

struct Archive {
  zip_t* zip = nullptr;
  zip_uint64_t inflated = 0;
  ~Archive() {
    if (zip) zip_discard(zip);
  }

  // The uncompressed part `name`, or nullopt when the archive has none. Reads at most the cap
  // whatever the directory claims, since a crafted header may lie about the size.
  std::optional<std::string> part(const std::string& name) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, name.c_str(), 0, &st) != 0) return std::nullopt;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxPartBytes) too_large();
    zip_file_t* f = zip_fopen(zip, name.c_str(), 0);
    if (!f) not_xlsx();
    std::string out;
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) {
      out.append(buf, static_cast<size_t>(n));
      inflated += static_cast<zip_uint64_t>(n);
      if (out.size() > kMaxPartBytes || inflated > kMaxTotalBytes) {
        zip_fclose(f);
        too_large();
      }
    }
    zip_fclose(f);
    if (n < 0) not_xlsx();
    return out;
  }

  [[noreturn]] static void too_large() {
    throw web::BadRequest("Excel文件解压后过大，请只保留导入模板的一个工作表", "file");
  }
};

std::string local_name(const char* name) {
  std::string s = name;
  auto colon = s.rfind(':');
  return colon == std::string::npos ? s : s.substr(colon + 1);
}

const char* attr(const char** atts, const std::string& want) {
  for (int i = 0; atts[i]; i += 2)
    if (local_name(atts[i]) == want) return atts[i + 1];
  return nullptr;
}

// A SAX pass over one XML part: start(name, attrs), end(name), text(chars) by local name.
// A handler may throw to stop; the exception is rethrown after the parser is freed.
struct Sax {
  std::function<void(const std::string&, const char**)> start;
  std::function<void(const std::string&)> end;
  std::function<void(const char*, int)> text;
  std::exception_ptr error;
  XML_Parser parser = nullptr;

  void run(const std::string& xml) {
    parser = XML_ParserCreate("UTF-8");
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> hold(parser, XML_ParserFree);
    XML_SetUserData(parser, this);
    XML_SetElementHandler(
        parser,
        [](void* d, const char* n, const char** a) {
          auto* s = static_cast<Sax*>(d);
          s->guard([&] {
            if (s->start) s->start(local_name(n), a);
          });
        },
        [](void* d, const char* n) {
          auto* s = static_cast<Sax*>(d);
          s->guard([&] {
            if (s->end) s->end(local_name(n));
          });
        });
    XML_SetCharacterDataHandler(parser, [](void* d, const char* t, int len) {
      auto* s = static_cast<Sax*>(d);
      s->guard([&] {
        if (s->text) s->text(t, len);
      });
    });
    auto ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1);
    if (error) std::rethrow_exception(error);
    if (ok != XML_STATUS_OK) not_xlsx();
  }

  template <class F>
  void guard(F f) {
    if (error) return;
    try {
      f();
    } catch (...) {
      error = std::current_exception();
      XML_StopParser(parser, XML_FALSE);
    }
  }
};

// "B7" → 1 (zero-based column), or -1 when the reference has no letters.
int column_of(const char* ref) {
  int col = 0, letters = 0;
  for (const char* p = ref; *p >= 'A' && *p <= 'Z'; ++p, ++letters) col = col * 26 + (*p - 'A' + 1);
  if (letters == 0 || letters > 3) return -1;
  return col - 1;
}

int row_of(const char* ref) {
  const char* p = ref;
  while (*p >= 'A' && *p <= 'Z') ++p;
  if (!*p) return 0;
  char* end;
  long v = std::strtol(p, &end, 10);
  return *end || v <= 0 || v > 1048576 ? 0 : static_cast<int>(v);
}

// Excel writes 13800138000 as "13800138000" or "1.3800138E10"; both become the digits.
std::string number_text(const std::string& v) {
  if (v.find_first_of("Ee.") == std::string::npos) return v;
  char* end;
  double d = std::strtod(v.c_str(), &end);
  if (*end || !std::isfinite(d)) return v;
  if (d == std::floor(d) && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  return v;
}

std::vector<std::string> shared_strings(Archive& a) {
  std::vector<std::string> out;
  auto xml = a.part("xl/sharedStrings.xml");
  if (!xml) return out;
  bool in_si = false, in_t = false;
  int phonetic = 0;  // <rPh> runs hold the reading, not the text
  std::string cur;
  Sax sax;
  sax.start = [&](const std::string& n, const char**) {
    if (n == "si")
      in_si = true, cur.clear();
    else if (n == "rPh")
      ++phonetic;
    else if (n == "t" && in_si && !phonetic)
      in_t = true;
  };
  sax.end = [&](const std::string& n) {
    if (n == "si")
      in_si = false, out.push_back(cur);
    else if (n == "rPh")
      --phonetic;
    else if (n == "t")
      in_t = false;
  };
  sax.text = [&](const char* t, int len) {
    if (in_t) cur.append(t, static_cast<size_t>(len));
  };
  sax.run(*xml);
  return out;
}

// The part of the workbook's first sheet: workbook.xml's first <sheet r:id> resolved through
// its relationships; xl/worksheets/sheet1.xml when that chain is missing.
std::string first_sheet_part(Archive& a) {
  std::string fallback = "xl/worksheets/sheet1.xml";
  auto wb = a.part("xl/workbook.xml");
  if (!wb) not_xlsx();
  std::string rid;
  Sax sax;
  sax.start = [&](const std::string& n, const char** at) {
    if (n == "sheet" && rid.empty())
      if (const char* v = attr(at, "id")) rid = v;
  };
  sax.run(*wb);
  auto rels = a.part("xl/_rels/workbook.xml.rels");
  if (rid.empty() || !rels) return fallback;
  std::string target;
  Sax r;
  r.start = [&](const std::string& n, const char** at) {
    const char* id = attr(at, "Id");
    const char* t = attr(at, "Target");
    if (n == "Relationship" && id && t && rid == id) target = t;
  };
  r.run(*rels);
  if (target.empty()) return fallback;
  if (target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

bool is_zip(const std::string& bytes) { return bytes.rfind(std::string("PK\x03\x04", 4), 0) == 0; }

std::vector<SheetRow> read_first_sheet(const std::string& bytes, size_t max_rows, size_t max_cols) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) not_xlsx();
  Archive a;
  a.zip = zip_open_from_source(src, ZIP_RDONLY, &err);
  zip_error_fini(&err);
  if (!a.zip) {
    zip_source_free(src);
    not_xlsx();
  }
  auto strings = shared_strings(a);
  auto sheet = a.part(first_sheet_part(a));
  if (!sheet) not_xlsx();

  std::vector<SheetRow> rows;
  SheetRow cur;
  int next_row = 1, next_col = 0, col = 0;
  std::string type, value;
  bool in_v = false, in_t = false, in_row = false;
  size_t text_bytes = 0;
  auto put = [&](int c, const std::string& s) {
    if (s.empty()) return;
    if (c >= 16384) not_xlsx();
    if (static_cast<size_t>(c) >= max_cols) return;
    text_bytes += s.size();
    if (text_bytes > kMaxTextBytes)
      throw web::BadRequest("Excel表格内容过多，请只保留导入模板的列和要导入的行", "file");
    if (cur.cells.size() <= static_cast<size_t>(c)) cur.cells.resize(c + 1);
    cur.cells[c] = s;
  };
  Sax sax;
  sax.start = [&](const std::string& n, const char** at) {
    if (n == "row") {
      const char* r = attr(at, "r");
      cur = SheetRow{};
      cur.row = r ? row_of(r) : next_row;
      if (cur.row <= 0) not_xlsx();
      next_row = cur.row + 1;
      next_col = 0;
      in_row = true;
    } else if (n == "c" && in_row) {
      const char* r = attr(at, "r");
      col = r ? column_of(r) : next_col;
      if (col < 0) not_xlsx();
      next_col = col + 1;
      const char* t = attr(at, "t");
      type = t ? t : "n";
      value.clear();
    } else if (n == "v") {
      in_v = true;
    } else if (n == "t" && type == "inlineStr") {
      in_t = true;
    }
  };
  sax.end = [&](const std::string& n) {
    if (n == "v")
      in_v = false;
    else if (n == "t")
      in_t = false;
    else if (n == "c" && in_row) {
      if (type == "s") {
        char* end;
        long i = std::strtol(value.c_str(), &end, 10);
        if (value.empty() || *end || i < 0 || static_cast<size_t>(i) >= strings.size()) not_xlsx();
        put(col, strings[static_cast<size_t>(i)]);
      } else if (type == "b") {
        put(col, value == "1" ? "TRUE" : "FALSE");
      } else if (type == "n") {
        put(col, number_text(value));
      } else {
        put(col, value);  // inlineStr, str (formula result), e (error text)
      }
    } else if (n == "row") {
      in_row = false;
      if (cur.cells.empty()) return;
      if (rows.size() >= max_rows)
        throw web::BadRequest("一次最多导入" + std::to_string(max_rows - 1) + "行", "file");
      rows.push_back(std::move(cur));
    }
  };
  sax.text = [&](const char* t, int len) {
    if (in_v || in_t) value.append(t, static_cast<size_t>(len));
  };
  sax.run(*sheet);
  return rows;
}

std::string write_sheet(const std::vector<std::vector<std::string>>& rows) {
  auto esc = [](const std::string& s) {
    std::string o;
    for (char ch : s) {
      if (ch == '&')
        o += "&amp;";
      else if (ch == '<')
        o += "&lt;";
      else if (ch == '>')
        o += "&gt;";
      else if (ch == '"')
        o += "&quot;";
      else
        o += ch;
    }
    return o;
  };
  std::string sheet =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  for (size_t r = 0; r < rows.size(); ++r) {
    sheet += "<row r=\"" + std::to_string(r + 1) + "\">";
    for (size_t c = 0; c < rows[r].size(); ++c) {
      std::string ref;
      for (size_t n = c + 1; n; n = (n - 1) / 26) ref.insert(ref.begin(), char('A' + (n - 1) % 26));
      sheet += "<c r=\"" + ref + std::to_string(r + 1) + "\" t=\"inlineStr\"><is><t>" +
               esc(rows[r][c]) + "</t></is></c>";
    }
    sheet += "</row>";
  }
  sheet += "</sheetData></worksheet>";
  const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml",
       head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "</Types>"},
      {"_rels/.rels",
       head +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "officeDocument\" "
           "Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml",
       head + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              "<sheets><sheet name=\"客户\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       head +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
           "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", sheet}};

  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* mem = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_t* z = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &err) : nullptr;
  zip_error_fini(&err);
  if (!z) {
    if (mem) zip_source_free(mem);
    throw std::runtime_error("xlsx: cannot create archive");
  }
  zip_source_keep(mem);  // read the bytes back after zip_close
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
      if (s) zip_source_free(s);
      zip_discard(z);
      zip_source_free(mem);
      throw std::runtime_error("xlsx: cannot add part");
    }
  }
  if (zip_close(z) < 0) {
    zip_discard(z);
    zip_source_free(mem);
    throw std::runtime_error("xlsx: cannot write archive");
  }
  std::string out;
  zip_stat_t st;
  if (zip_source_stat(mem, &st) == 0 && zip_source_open(mem) == 0) {
    out.resize(st.size);
    auto n = zip_source_read(mem, out.data(), st.size);
    zip_source_close(mem);
    out.resize(n < 0 ? 0 : static_cast<size_t>(n));
  }
  zip_source_free(mem);
  if (out.empty()) throw std::runtime_error("xlsx: empty archive");
  return out;
}

}  // namespace sheet
