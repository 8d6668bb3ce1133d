#include "market/variety_import.h"

#include <cstring>
#include <map>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "db/transact.h"
#include "market/catalogue.h"
#include "sheet/file_kind.h"
#include "sheet/xlsx.h"

namespace market {

std::vector<std::vector<std::string>> parse_csv(const std::string& in) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  size_t i = in.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  for (; i < in.size(); ++i) {
    char c = in[i];
    if (quoted) {
      if (c == '"' && i + 1 < in.size() && in[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      row.push_back(field), field.clear(), any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < in.size() && in[i + 1] == '\n') ++i;
      if (any || !field.empty())
        row.push_back(field), rows.push_back(row);
      else
        rows.push_back({});  // keeps line numbers right for blank lines
      row.clear(), field.clear(), any = false;
    } else {
      field += c, any = true;
    }
  }
  if (any || !field.empty()) row.push_back(field), rows.push_back(row);
  return rows;
}

std::vector<std::string> split_list(const std::string& cell, const char* separators) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    auto t = core::trim(cur);
    if (!t.empty()) out.push_back(t);
    cur.clear();
  };
  for (size_t i = 0; i < cell.size();) {
    if (cell[i] != '\0' && std::strchr(separators, cell[i])) {
      flush(), ++i;
    } else if (cell.compare(i, 3, "、") == 0 || cell.compare(i, 3, "，") == 0 ||
               cell.compare(i, 3, "；") == 0) {
      flush(), i += 3;
    } else {
      cur += cell[i++];
    }
  }
  flush();
  return out;
}

namespace {

int category_of(const std::string& s) {
  if (!s.empty() && s.size() <= 2 && s.find_first_not_of("0123456789") == std::string::npos) {
    int n = std::stoi(s);
    return n >= 1 && n <= 13 ? n : 0;
  }
  for (int c = 1; c <= 13; ++c)
    if (s == category_name(c)) return c;
  return 0;
}

}  // namespace

ImportReport import_varieties(db::Connection& db, const std::vector<std::vector<std::string>>& rows,
                              const std::function<void(size_t, size_t)>& progress) {
  ImportReport rep;
  if (rows.empty()) {
    rep.errors.push_back({1, "文件为空"});
    return rep;
  }
  static const std::map<std::string, std::string> names{
      {"分类", "category"}, {"品种", "name"},    {"别名", "aliases"}, {"规格", "specs"},
      {"单位", "units"},    {"产地", "origins"}, {"拼音", "initials"}};
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) {
    std::string h = core::trim(rows[0][i]);
    auto it = names.find(h);
    col[it == names.end() ? h : it->second] = i;
  }
  for (const char* need : {"category", "name"})
    if (!col.count(need)) {
      rep.errors.push_back(
          {1, std::string("表头缺少列：") + (need == std::string("name") ? "品种" : "分类")});
      return rep;
    }
  auto cell = [&](const std::vector<std::string>& r, const char* key) {
    auto it = col.find(key);
    return it == col.end() || it->second >= r.size() ? std::string() : core::trim(r[it->second]);
  };
  size_t total = rows.size() - 1;
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    int line = static_cast<int>(i + 1);
    if (progress) progress(i, total);
    bool blank = true;
    for (const auto& f : r) blank = blank && core::trim(f).empty();
    if (blank) continue;
    std::string name = cell(r, "name");
    int category = category_of(cell(r, "category"));
    if (name.empty()) {
      rep.errors.push_back({line, "品种名称为空"});
      continue;
    }
    if (name.size() > 150) {
      rep.errors.push_back({line, "品种名称过长"});
      continue;
    }
    if (!category) {
      rep.errors.push_back({line, "分类无效（1–13 或 根茎类…其他）：" + cell(r, "category")});
      continue;
    }
    auto specs = split_list(cell(r, "specs")), units = split_list(cell(r, "units")),
         origins = split_list(cell(r, "origins")), aliases = split_list(cell(r, "aliases"));
    if (specs.empty()) specs = {"统货"};
    if (units.empty()) units = {"公斤", "吨", "克"};
    try {
      std::string sj = nlohmann::json(specs).dump(), uj = nlohmann::json(units).dump(),
                  oj = nlohmann::json(origins).dump();
      bool inserted = db::transact(db, [&](db::Transaction& tx) {
        auto existing = db.query("SELECT id FROM variety WHERE name = ? FOR UPDATE", name);
        long long id;
        if (existing.empty()) {
          id = static_cast<long long>(
              db.query("INSERT INTO variety (category, name, initials, specs, units, origins)"
                       " VALUES (?,?,?,?,?,?)",
                       category, name, cell(r, "initials"), sj, uj, oj)
                  .insert_id);
        } else {
          id = existing.one().i64(0);
          db.query(
              "UPDATE variety SET category = ?, initials = COALESCE(NULLIF(?, ''), initials),"
              " specs = ?, units = ?, origins = ? WHERE id = ?",
              category, cell(r, "initials"), sj, uj, oj, id);
        }
        db.query("DELETE FROM variety_alias WHERE variety_id = ?", id);
        for (const auto& a : aliases)
          if (a != name)
            db.query("INSERT IGNORE INTO variety_alias (variety_id, alias) VALUES (?, ?)", id, a);
        tx.commit();
        return existing.empty();
      });
      ++(inserted ? rep.inserted : rep.updated);
    } catch (const std::exception& e) {
      rep.errors.push_back({line, std::string("写入失败：") + e.what()});
    }
  }
  return rep;
}

std::vector<std::vector<std::string>> rows_of_file(const std::string& bytes) {
  sheet::require_csv_or_xlsx(bytes);
  if (!sheet::is_zip(bytes)) return parse_csv(bytes);
  constexpr size_t kMaxRows = 20000, kMaxColumns = 16;  // 7 named columns, some spare
  std::vector<std::vector<std::string>> rows;
  for (auto& r : sheet::read_first_sheet(bytes, kMaxRows, kMaxColumns)) {
    while (static_cast<int>(rows.size()) + 1 < r.row) rows.emplace_back();  // skipped rows
    rows.push_back(std::move(r.cells));
  }
  return rows;
}

}  // namespace market
