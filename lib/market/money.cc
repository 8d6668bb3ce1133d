#include "market/money.h"

#include <cstdlib>
#include <string_view>

#include "core/text.h"

namespace market {

// Digits, then optionally a dot and one or two digits; leading zeros do not count as digits.
bool valid_amount(const std::string& s, int int_digits) {
  if (s.empty() || s.size() > 40) return false;  // bounded before any work
  auto dot = s.find('.');
  std::string_view whole(s.data(), dot == std::string::npos ? s.size() : dot);
  if (!core::digits(whole, 1, s.size())) return false;
  if (dot != std::string::npos && !core::digits(std::string_view(s).substr(dot + 1), 1, 2))
    return false;
  size_t zeros = 0;
  while (zeros + 1 < whole.size() && whole[zeros] == '0') ++zeros;
  if (static_cast<int>(whole.size() - zeros) > int_digits) return false;
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
