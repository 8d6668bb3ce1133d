// Prices and quantities: DECIMAL text end to end, validated here, compared as numbers.
#pragma once
#include <string>

namespace market {

// A positive decimal with at most `int_digits` digits before and 2 after the point.
bool valid_amount(const std::string& s, int int_digits);
// Numeric comparison of two DECIMAL texts ("9.5" < "10.00").
bool less_amount(const std::string& a, const std::string& b);
// "12.50" → "12.5", "3.00" → "3".
std::string trim_amount(const std::string& s);
// Herb prices are per 公斤 when the quantity is in 吨; otherwise per the quantity's unit.
std::string price_unit(const std::string& quantity_unit);
// "¥12.5/公斤", or "面议" without a price.
std::string price_text(const std::string& price, const std::string& quantity_unit);

}  // namespace market
