#include <iostream>

#include "bin/cli/command.h"
#include "db/migration.h"

namespace cli {

int migrate(const Args& args) {
  auto applied = db::migrate(db::local(), option(args, "dir", "schema"));
  for (const auto& name : applied) std::cout << "applied " << name << "\n";
  if (applied.empty()) std::cout << "schema is up to date\n";
  return 0;
}

}  // namespace cli
