#include "db/result.h"

#include <cstdlib>

namespace db {

const std::string& Row::str(size_t i) const {
  static const std::string empty;
  const auto& c = cols_.at(i);
  return c ? *c : empty;
}

long long Row::i64(size_t i) const {
  const auto& c = cols_.at(i);
  return c ? std::strtoll(c->c_str(), nullptr, 10) : 0;
}

double Row::dbl(size_t i) const {
  const auto& c = cols_.at(i);
  return c ? std::strtod(c->c_str(), nullptr) : 0;
}

}  // namespace db
