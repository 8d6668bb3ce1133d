#include "db/in_list.h"

#include <algorithm>

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

}  // namespace db
