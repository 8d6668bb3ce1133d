#include "push/optout.h"

#include <cctype>

namespace push {

void opt_out(db::Connection& db, const std::string& mobile, const std::string& source) {
  db.query("INSERT IGNORE INTO push_optout (mobile, source) VALUES (?, ?)", mobile, source);
  db.query("UPDATE supplier_lead SET opted_out = 1 WHERE mobile = ?", mobile);
}

bool opted_out(db::Connection& db, const std::string& mobile) {
  return !db.query("SELECT 1 FROM push_optout WHERE mobile = ?", mobile).empty();
}

bool is_optout_reply(const std::string& text) {
  std::string t;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c)))
      t += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return t == "T" || t == "TD";
}

}  // namespace push
