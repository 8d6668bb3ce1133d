// A value bound to a prepared-statement placeholder. Implicit from the C++ types domain code
// uses, so a call reads `db.query("... WHERE id = ?", id)`.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace db {

class Param {
 public:
  using Value = std::variant<std::monostate, long long, double, std::string>;
  Param(std::nullptr_t) {}
  Param(int v) : v_(static_cast<long long>(v)) {}
  Param(long v) : v_(static_cast<long long>(v)) {}
  Param(long long v) : v_(v) {}
  Param(unsigned v) : v_(static_cast<long long>(v)) {}
  Param(unsigned long v) : v_(static_cast<long long>(v)) {}
  Param(unsigned long long v) : v_(static_cast<long long>(v)) {}
  Param(bool v) : v_(static_cast<long long>(v)) {}
  Param(double v) : v_(v) {}
  Param(std::string v) : v_(std::move(v)) {}
  Param(std::string_view v) : v_(std::string(v)) {}
  Param(const char* v) : v_(std::string(v)) {}
  template <class T>
  Param(const std::optional<T>& v) {
    if (v) v_ = Param(*v).v_;
  }
  const Value& value() const { return v_; }

 private:
  Value v_;
};

}  // namespace db
