// Applies schema/NNN_name.sql files in order, once each, recording them in schema_migrations.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace db {

struct Migration {
  int version;
  std::string name;  // file name
  std::string path;
};

// The migration files in `dir`, sorted by version; throws on two files with one number.
std::vector<Migration> find_migrations(const std::string& dir);
// Applies the pending ones; returns the names applied.
std::vector<std::string> migrate(Connection& c, const std::string& dir);

}  // namespace db
