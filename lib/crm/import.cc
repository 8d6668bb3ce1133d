#include "crm/import.h"

#include <map>

#include "core/error.h"
#include "core/text.h"
#include "db/transact.h"
#include "sheet/file_kind.h"
#include "sheet/xlsx.h"

namespace crm {

namespace {

constexpr size_t kMaxRows = 5000;
constexpr size_t kMaxBytes = 4 << 20;

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF ends a
// record. Each record keeps the spreadsheet row it started on.
struct Record {
  int row;
  std::vector<std::string> fields;
};

std::vector<Record> parse_csv(const std::string& s) {
  std::vector<Record> out;
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, any = false;
  int line = 1, start = 1;
  auto end_record = [&] {
    fields.push_back(field);
    out.push_back({start, fields});
    fields.clear();
    field.clear();
    any = false;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (ch == '\n') ++line;
        field += ch;
      }
      continue;
    }
    if (ch == '"' && field.empty()) {
      quoted = any = true;
    } else if (ch == ',') {
      fields.push_back(field);
      field.clear();
      any = true;
    } else if (ch == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      continue;
    } else if (ch == '\n' || ch == '\r') {
      end_record();
      start = ++line;
    } else {
      field += ch;
      any = true;
    }
  }
  if (any || !field.empty() || !fields.empty()) end_record();
  return out;
}

bool valid_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0) return false;
    for (int k = 1; k <= n; ++k)
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n + 1;
  }
  return true;
}

// The column label a validation field belongs to.
std::string column_of(const std::string& field) {
  static const std::map<std::string, std::string> m = {{"name", "姓名"},
                                                       {"gender", "性别"},
                                                       {"phone", "手机"},
                                                       {"qq", "QQ"},
                                                       {"wechat", "微信"},
                                                       {"education", "学历"},
                                                       {"school", "学校"},
                                                       {"major", "专业"},
                                                       {"work_experience", "工作经验"},
                                                       {"work_status", "工作状态"},
                                                       {"company", "公司"},
                                                       {"salary", "薪资"},
                                                       {"source", "来源"},
                                                       {"referrer", "介绍人"},
                                                       {"courses", "咨询课程"},
                                                       {"note", "备注"}};
  auto it = m.find(field);
  return it == m.end() ? field : it->second;
}

// "Java、Python" (also ; ； | or ,) → {"Java", "Python"}.
std::vector<std::string> split_courses(const std::string& s) {
  std::string t = s;
  for (const char* sep : {"、", "；", "，"})
    for (size_t at; (at = t.find(sep)) != std::string::npos;)
      t.replace(at, std::string(sep).size(), ";");
  std::vector<std::string> out;
  std::string cur;
  for (char ch : t + ";") {
    if (ch == ';' || ch == '|' || ch == ',') {
      if (!core::trim(cur).empty()) out.push_back(core::trim(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  return out;
}

// `column` is phone, qq or wechat: one constant statement each.
bool exists(db::Connection& db, const std::string& column, const std::string& v) {
  const char* sql = column == "phone" ? "SELECT 1 FROM crm_customer WHERE phone = ?"
                    : column == "qq"  ? "SELECT 1 FROM crm_customer WHERE qq = ?"
                                      : "SELECT 1 FROM crm_customer WHERE wechat = ?";
  return !db.query(sql, v).empty();
}

}  // namespace

const std::vector<std::string>& import_header() {
  static const std::vector<std::string> h = {
      "姓名",     "性别",     "手机", "QQ",   "微信", "学历",   "学校",     "专业",
      "工作经验", "工作状态", "公司", "薪资", "来源", "介绍人", "咨询课程", "备注"};
  return h;
}

std::string import_template() {
  std::string s = "\xEF\xBB\xBF";
  for (size_t i = 0; i < import_header().size(); ++i) s += (i ? "," : "") + import_header()[i];
  return s + "\r\n";
}

std::string ImportProblem::text() const {
  return "第" + std::to_string(row) + "行 " + column + "：" + message;
}

// The header check and row validation shared by CSV and .xlsx files.
ImportFile check_records(db::Connection& db, const std::vector<Record>& records);

namespace {

// An .xlsx sheet as CSV-like records: Excel leaves out empty cells at the end of a row, so
// short rows are padded to the template's width and empty cells beyond it dropped.
std::vector<Record> sheet_records(const std::string& bytes) {
  std::vector<Record> out;
  for (auto& r : sheet::read_first_sheet(bytes, kMaxRows + 1, import_header().size() + 1)) {
    auto& cells = r.cells;
    while (cells.size() > import_header().size() && core::trim(cells.back()).empty())
      cells.pop_back();
    if (cells.size() < import_header().size()) cells.resize(import_header().size());
    out.push_back({r.row, std::move(cells)});
  }
  if (out.empty()) throw core::BadRequest("文件是空的，请使用导入模板", "file");
  if (out.front().row != 1)
    throw core::BadRequest("表头应在第1行，请使用导入模板，未导入任何数据", "file");
  return out;
}

}  // namespace

ImportFile read_import(db::Connection& db, const std::string& raw) {
  if (raw.size() > kMaxBytes) throw core::BadRequest("文件不能超过4MB", "file");
  sheet::require_csv_or_xlsx(raw);
  if (sheet::is_zip(raw)) return check_records(db, sheet_records(raw));
  std::string csv = raw.rfind("\xEF\xBB\xBF", 0) == 0 ? raw.substr(3) : raw;
  if (csv.find_first_not_of(" \t\r\n") == std::string::npos)
    throw core::BadRequest("文件是空的，请使用导入模板", "file");
  if (!valid_utf8(csv))
    throw core::BadRequest("文件不是UTF-8编码，请用导入模板并另存为“CSV UTF-8”格式", "file");
  return check_records(db, parse_csv(csv));
}

ImportFile check_records(db::Connection& db, const std::vector<Record>& records) {
  std::vector<std::string> header;
  for (const auto& f : records.front().fields) header.push_back(core::trim(f));
  if (header != import_header()) {
    std::string expected;
    for (const auto& h : import_header()) expected += (expected.empty() ? "" : ",") + h;
    throw core::BadRequest("表头与导入模板不一致，未导入任何数据。第1行应为：" + expected, "file");
  }
  if (records.size() - 1 > kMaxRows)
    throw core::BadRequest("一次最多导入" + std::to_string(kMaxRows) + "行", "file");

  ImportFile file;
  std::map<std::string, int> seen;  // "phone:138..." → first row
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    bool blank = true;
    for (const auto& f : r.fields)
      if (!core::trim(f).empty()) blank = false;
    if (blank) continue;  // Excel leaves empty lines at the end
    if (r.fields.size() != import_header().size()) {
      file.problems.push_back({r.row, "整行",
                               "应有" + std::to_string(import_header().size()) + "列，实际" +
                                   std::to_string(r.fields.size()) + "列"});
      continue;
    }
    const auto& f = r.fields;
    Customer c;
    c.name = f[0];
    auto g = core::trim(f[1]);
    c.gender = g.empty() || g == "未知" ? 0 : g == "男" ? 1 : g == "女" ? 2 : -1;
    c.phone = f[2];
    c.qq = f[3];
    c.wechat = f[4];
    c.education = core::trim(f[5]);
    c.school = f[6];
    c.major = f[7];
    c.work_experience = f[8];
    c.work_status = f[9];
    c.company = f[10];
    c.salary = f[11];
    c.source = core::trim(f[12]);
    c.referrer = f[13];
    c.courses = split_courses(f[14]);
    c.note = f[15];
    try {
      if (c.gender < 0) throw core::BadRequest("性别应为男、女或未知", "gender");
      validate(c);
    } catch (const core::BadRequest& e) {
      file.problems.push_back({r.row, column_of(e.field), e.what()});
      continue;
    }
    bool ok = true;
    for (auto [column, label, value] :
         {std::tuple{"phone", "手机", c.phone}, {"qq", "QQ", c.qq}, {"wechat", "微信", c.wechat}}) {
      if (value.empty()) continue;
      auto key = std::string(column) + ":" + value;
      if (auto it = seen.find(key); it != seen.end()) {
        file.problems.push_back({r.row, label, "与第" + std::to_string(it->second) + "行重复"});
        ok = false;
      } else {
        seen[key] = r.row;
        if (exists(db, column, value)) {
          file.problems.push_back({r.row, label, "该" + std::string(label) + "的客户已存在"});
          ok = false;
        }
      }
    }
    if (ok) file.rows.push_back({r.row, c});
  }
  if (file.rows.empty() && file.problems.empty())
    throw core::BadRequest("文件中没有客户数据", "file");
  return file;
}

std::vector<ImportedRow> import_customers(db::Connection& db, const Policy& p,
                                          const ImportFile& file, const std::string& today,
                                          long long created_by) {
  if (!file.problems.empty()) throw core::BadRequest("文件有错误，未导入任何数据", "file");
  return db::transact(db, [&](db::Transaction& tx) -> std::vector<ImportedRow> {
    std::vector<ImportedRow> out;
    for (const auto& r : file.rows) {
      try {
        out.push_back({r.row, r.customer.name, assign(db, p, r.customer, today, created_by)});
      } catch (const core::Conflict& e) {
        throw core::Conflict("第" + std::to_string(r.row) + "行：" + e.what() + "，未导入任何数据",
                             e.code);
      }
    }
    tx.commit();
    return out;
  });
}

}  // namespace crm
