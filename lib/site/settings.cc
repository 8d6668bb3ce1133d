#include "core/error.h"
#include "core/text.h"
#include "db/transact.h"
#include "site/site.h"

namespace site {
namespace {

struct Field {
  const char* name;
  std::string Settings::*member;
  size_t max;
  const char* label;
};

const Field kFields[] = {
    {"title", &Settings::title, 100, "网站标题"},
    {"description", &Settings::description, 500, "网站描述"},
    {"keywords", &Settings::keywords, 300, "关键词"},
    {"contact", &Settings::contact, 300, "联系方式"},
    {"icp", &Settings::icp, 50, "ICP备案号"},
};

}  // namespace

Settings load_settings(db::Connection& db) {
  Settings s;
  for (const auto& row : db.query("SELECT name, value FROM site_setting").rows)
    for (const auto& f : kFields)
      if (row.str(0) == f.name) s.*f.member = row.str(1);
  return s;
}

void save_settings(db::Connection& db, const Settings& s) {
  for (const auto& f : kFields)
    if (core::char_count(s.*f.member) > f.max)
      throw core::BadRequest(std::string(f.label) + "不能超过 " + std::to_string(f.max) + " 个字",
                             f.name);
  // All fields or none; a savepoint of the caller's transaction when there is one.
  db::transact(db, [&](db::Transaction& tx) {
    for (const auto& f : kFields)
      db.query(
          "INSERT INTO site_setting (name, value) VALUES (?, ?) "
          "ON DUPLICATE KEY UPDATE value = VALUES(value)",
          std::string(f.name), s.*f.member);
    tx.commit();
  });
}

}  // namespace site
