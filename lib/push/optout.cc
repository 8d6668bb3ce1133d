#include "push/optout.h"

#include <cctype>

#include "db/in_list.h"

namespace push {

void opt_out(db::Connection& db, const std::string& mobile, const std::string& source) {
  db.query("INSERT IGNORE INTO push_optout (mobile, source) VALUES (?, ?)", mobile, source);
  db.query("UPDATE supplier_lead SET opted_out = 1 WHERE mobile = ?", mobile);
}

bool opted_out(db::Connection& db, const std::string& mobile) {
  return !db.query("SELECT 1 FROM push_optout WHERE mobile = ?", mobile).empty();
}

std::set<std::string> opted_out(db::Connection& db, const std::vector<std::string>& mobiles) {
  std::set<std::string> out;
  auto r = db::each_in(db, "SELECT mobile FROM push_optout WHERE mobile IN ", {},
                       db::params_of(mobiles));
  for (const auto& row : r.rows) out.insert(row.str(0));
  return out;
}

bool is_optout_reply(const std::string& text) {
  std::string t;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c)))
      t += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return t == "T" || t == "TD";
}

}  // namespace push
