// Statements over a list of values, "... WHERE id IN (?, ?, ...)", run in chunks. The number of
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

template <typename T>
std::vector<Param> params_of(const std::vector<T>& values) {
  return std::vector<Param>(values.begin(), values.end());
}

}  // namespace db
