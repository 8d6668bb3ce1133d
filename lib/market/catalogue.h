// The variety catalogue and the area tree: lookups for publishing, suggest and pickers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"

namespace market {

struct Variety {
  long long id = 0;
  int category = 13;
  std::string name;
  std::vector<std::string> specs, units, origins, aliases;
};

// 1 根茎类 .. 13 其他; "" out of range.
const char* category_name(int category);

// By id (all digits), exact name, or alias; nullopt when unknown.
std::optional<Variety> find_variety(db::Connection& db, const std::string& key);
// Up to `limit` varieties whose name, alias or pinyin initials start with `q` (name matches
// first), each with specs, units and origins for the publish form's pickers.
std::vector<Variety> suggest_varieties(db::Connection& db, const std::string& q, int limit);

struct Area {
  long long code = 0;
  std::string name;
  int level = 0;
};
// Children of `parent` (0 = provinces), in code order.
std::vector<Area> area_children(db::Connection& db, long long parent);
std::optional<Area> find_area(db::Connection& db, long long code);
// "河北省 石家庄市 长安区" for a district code (or a shorter path for a city/province).
std::string area_path(db::Connection& db, long long code);
// Joins province, city and district names as area_path does ("" parts skipped).
std::string area_text(const std::string& province, const std::string& city,
                      const std::string& district);
// The province code of any area code (first two digits).
inline long long province_of(long long code) { return code / 10000 * 10000; }

}  // namespace market
