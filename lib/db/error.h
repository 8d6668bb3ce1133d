// Database failures. A duplicate key is a business event (double booking, a grab lost),
// so it has its own type; a lost server becomes core::Unavailable (503).
#pragma once
#include <stdexcept>
#include <string>

namespace db {

struct Error : std::runtime_error {
  unsigned code;
  Error(unsigned code, const std::string& what) : std::runtime_error(what), code(code) {}
};
// ER_DUP_ENTRY: a unique key kept a rule.
struct DuplicateKey : Error {
  using Error::Error;
};
// ER_NO_REFERENCED_ROW_2 / ER_ROW_IS_REFERENCED_2: a foreign key kept a rule.
struct ForeignKey : Error {
  using Error::Error;
};

}  // namespace db
