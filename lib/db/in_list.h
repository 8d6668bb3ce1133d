// Statements over a list of values, "... WHERE id IN (?, ?, ...)" or "VALUES (?, ?), ...", run
// in chunks. The number of
// placeholders is rounded up to a power of two (the last value repeated, which IN ignores) so a
// connection prepares a handful of statement shapes, not one per list length.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace db {

// Runs `head` + "(?, ...)" + `tail` for each chunk of at most 512 `values`, with `fixed` bound
// before them; returns every chunk's rows and the sum of affected rows. Nothing runs when
// `values` is empty.
Result each_in(Connection& db, const std::string& head, const std::vector<Param>& fixed,
               const std::vector<Param>& values, const std::string& tail = "");

// Runs `head` + "(?, ...), (?, ...) ..." + `tail` over `values`, `width` of them a row (a
// multi-row INSERT: many rows for one round trip and one parse). Chunks of at most 256 rows,
// each a power of two, so a connection prepares a handful of statement shapes; returns the
// sum of affected rows. Nothing runs when `values` is empty; its size must be a multiple of
// `width`.
Result each_rows(Connection& db, const std::string& head, size_t width,
                 const std::vector<Param>& values, const std::string& tail = "");

template <typename T>
std::vector<Param> params_of(const std::vector<T>& values) {
  return std::vector<Param>(values.begin(), values.end());
}

}  // namespace db
