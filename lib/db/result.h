// Rows read through a prepared statement. Every column arrives as text (or NULL) and is
// converted on access; the domain layer knows each column's type.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace db {

class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cols) : cols_(std::move(cols)) {}
  bool null(size_t i) const { return !cols_.at(i).has_value(); }
  // The column's text; "" for NULL.
  const std::string& str(size_t i) const;
  long long i64(size_t i) const;  // 0 for NULL
  double dbl(size_t i) const;     // 0 for NULL
  std::optional<std::string> opt(size_t i) const { return cols_.at(i); }
  size_t size() const { return cols_.size(); }

 private:
  std::vector<std::optional<std::string>> cols_;
};

struct Result {
  std::vector<Row> rows;
  unsigned long long affected = 0;  // rows changed by INSERT/UPDATE/DELETE
  unsigned long long insert_id = 0;
  bool empty() const { return rows.empty(); }
  const Row& one() const { return rows.at(0); }
};

}  // namespace db
