#include "market/money.h"

#include <cstdlib>
#include <regex>

namespace market {

bool valid_amount(const std::string& s, int int_digits) {
  static const std::regex shape("^[0-9]+(\\.[0-9]{1,2})?$");
  if (!std::regex_match(s, shape)) return false;
  auto dot = s.find('.');
  size_t whole = dot == std::string::npos ? s.size() : dot;
  std::string w = s.substr(0, whole);
  while (w.size() > 1 && w[0] == '0') w.erase(0, 1);
  if (static_cast<int>(w.size()) > int_digits) return false;
  return std::strtod(s.c_str(), nullptr) > 0;
}

bool less_amount(const std::string& a, const std::string& b) {
  return std::strtod(a.c_str(), nullptr) < std::strtod(b.c_str(), nullptr);
}

std::string trim_amount(const std::string& s) {
  if (s.find('.') == std::string::npos) return s;
  std::string t = s;
  while (!t.empty() && t.back() == '0') t.pop_back();
  if (!t.empty() && t.back() == '.') t.pop_back();
  return t;
}

std::string price_unit(const std::string& unit) { return unit == "吨" ? "公斤" : unit; }

std::string price_text(const std::string& price, const std::string& unit) {
  if (price.empty()) return "面议";
  return "¥" + trim_amount(price) + "/" + price_unit(unit);
}

}  // namespace market
