#include "db/in_list.h"

#include <algorithm>
#include <stdexcept>

namespace db {

Result each_in(Connection& db, const std::string& head, const std::vector<Param>& fixed,
               const std::vector<Param>& values, const std::string& tail) {
  const size_t chunk = 512;
  Result all;
  for (size_t start = 0; start < values.size(); start += chunk) {
    size_t n = std::min(chunk, values.size() - start), m = 1;
    while (m < n) m *= 2;
    std::vector<Param> params = fixed;
    std::string marks;
    for (size_t i = 0; i < m; ++i) {
      params.push_back(values[start + std::min(i, n - 1)]);
      marks += i ? ",?" : "?";
    }
    Result r = db.exec(head + "(" + marks + ")" + tail, params);
    all.affected += r.affected;
    for (auto& row : r.rows) all.rows.push_back(std::move(row));
  }
  return all;
}

Result each_rows(Connection& db, const std::string& head, size_t width,
                 const std::vector<Param>& values, const std::string& tail) {
  if (width == 0 || values.size() % width != 0)
    throw std::invalid_argument("each_rows: values do not make whole rows");
  std::string row = "(";
  for (size_t i = 0; i < width; ++i) row += i ? ", ?" : "?";
  row += ")";
  Result all;
  size_t rows = values.size() / width;
  for (size_t start = 0; start < rows;) {
    size_t n = 256;
    while (n > rows - start) n /= 2;
    std::string sql = head;
    for (size_t i = 0; i < n; ++i) sql += i ? ", " + row : row;
    std::vector<Param> params(values.begin() + static_cast<std::ptrdiff_t>(start * width),
                              values.begin() + static_cast<std::ptrdiff_t>((start + n) * width));
    all.affected += db.exec(sql + tail, params).affected;
    start += n;
  }
  return all;
}

}  // namespace db
