#include "market/catalogue.h"

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "db/into.h"

namespace market {
namespace {

std::vector<std::string> strings(const std::string& json) {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

// Joined to its queries as adjacent literals: each query is one constant string.
#define VARIETY_COLS "v.id, v.category, v.name, v.specs, v.units, v.origins"
#define VARIETY_SELECT "SELECT " VARIETY_COLS " FROM variety v"

Variety variety_of(const db::Row& r) {
  Variety v;
  db::into(r, v.id, v.category, v.name);
  v.specs = strings(r.str(3));
  v.units = strings(r.str(4));
  v.origins = strings(r.str(5));
  return v;
}

bool all_digits(const std::string& s) {
  if (s.empty() || s.size() > 10) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

const char* category_name(int c) {
  static const char* names[] = {"",       "根茎类", "果实类", "全草类", "花叶类",
                                "树脂类", "菌藻类", "树皮类", "藤木类", "加工类",
                                "动物类", "矿物类", "香料类", "其他"};
  return c >= 1 && c <= 13 ? names[c] : "";
}

std::optional<Variety> find_variety(db::Connection& db, const std::string& key) {
  db::Result r;
  if (all_digits(key)) {
    r = db.query(VARIETY_SELECT " WHERE v.id = ?", std::stoll(key));
  } else {
    r = db.query(VARIETY_SELECT " WHERE v.name = ?", key);
    if (r.empty())
      r = db.query(VARIETY_SELECT
                   " WHERE v.id = (SELECT MIN(variety_id) FROM variety_alias WHERE alias = ?)",
                   key);
  }
  return db::first(r, variety_of);
}

std::vector<Variety> suggest_varieties(db::Connection& db, const std::string& q, int limit) {
  std::vector<Variety> out;
  if (q.empty()) return out;
  // LIKE's own characters are matched literally.
  std::string like;
  for (char c : q) {
    if (c == '\\' || c == '%' || c == '_') like += '\\';
    like += c;
  }
  like += '%';
  auto r = db.query("SELECT " VARIETY_COLS
                    ", (v.name LIKE ?) AS by_name FROM variety v"
                    " WHERE v.name LIKE ? OR v.initials LIKE ?"
                    " OR v.id IN (SELECT variety_id FROM variety_alias WHERE alias LIKE ?)"
                    " ORDER BY by_name DESC, CHAR_LENGTH(v.name), v.id LIMIT ?",
                    like, like, like, like, limit);
  out = db::all(r, variety_of);
  for (auto& v : out) {
    auto a = db.query("SELECT alias FROM variety_alias WHERE variety_id = ? ORDER BY alias", v.id);
    for (const auto& row : a.rows) v.aliases.push_back(row.str(0));
  }
  return out;
}

std::vector<Area> area_children(db::Connection& db, long long parent) {
  // The area tree is reference data that only a migration changes: each process reads a
  // level once (the province list is on every purchase hall and publish form).
  static std::mutex mu;
  static std::map<long long, std::vector<Area>> known;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (auto it = known.find(parent); it != known.end()) return it->second;
  }
  auto r =
      parent == 0
          ? db.query("SELECT code, name, level FROM area WHERE parent_code IS NULL ORDER BY code")
          : db.query("SELECT code, name, level FROM area WHERE parent_code = ? ORDER BY code",
                     parent);
  std::vector<Area> out;
  for (const auto& row : r.rows)
    out.push_back({row.i64(0), row.str(1), static_cast<int>(row.i64(2))});
  // Unknown codes (typed by visitors) are not kept: they would only fill memory.
  if (!out.empty()) {
    std::lock_guard<std::mutex> lock(mu);
    known.emplace(parent, out);
  }
  return out;
}

std::optional<Area> find_area(db::Connection& db, long long code) {
  auto r = db.query("SELECT code, name, level FROM area WHERE code = ?", code);
  if (r.empty()) return std::nullopt;
  return Area{r.one().i64(0), r.one().str(1), static_cast<int>(r.one().i64(2))};
}

std::string area_path(db::Connection& db, long long code) {
  auto r = db.query(
      "SELECT a.name, c.name, p.name FROM area a LEFT JOIN area c ON c.code = a.parent_code"
      " LEFT JOIN area p ON p.code = c.parent_code WHERE a.code = ?",
      code);
  if (r.empty()) return "";
  const auto& row = r.one();
  // A province code has no parents: shift the names so the top one is the province.
  std::vector<std::string> names;
  for (int i : {2, 1, 0})
    if (!row.null(i)) names.push_back(row.str(i));
  while (names.size() < 3) names.push_back("");
  return area_text(names[0], names[1], names[2]);
}

std::string area_text(const std::string& province, const std::string& city,
                      const std::string& district) {
  std::string out;
  for (const std::string* s : {&province, &city, &district}) {
    // Municipalities list "市辖区" as their city level; it says nothing to a reader.
    if (s->empty() || *s == "市辖区" || *s == "县") continue;
    if (!out.empty()) out += " ";
    out += *s;
  }
  return out;
}

}  // namespace market
