// yaocai import varieties FILE: the catalogue from CSV, with a progress bar and a per-row
// error report. Re-running updates existing varieties instead of duplicating them.
#include <fstream>
#include <iostream>
#include <sstream>

#include "bin/cli/command.h"
#include "db/connection.h"
#include "market/variety_import.h"

namespace cli {

int import(const Args& args) {
  if (args.size() < 2 || args[0] != "varieties") {
    std::cerr << "usage: yaocai import varieties FILE.csv\n";
    return 2;
  }
  const std::string& file = args[1];
  if (file.size() > 5 && file.compare(file.size() - 5, 5, ".xlsx") == 0) {
    std::cerr << "XLSX is not supported yet: save the sheet as CSV (UTF-8)\n";
    return 2;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << file << "\n";
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto rows = market::rows_of_file(text.str());
  auto rep = market::import_varieties(db::local(), rows, [](size_t done, size_t total) {
    if (total == 0) return;
    int width = 30, filled = static_cast<int>(done * width / total);
    std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] "
              << done << "/" << total << std::flush;
  });
  std::cerr << "\n";
  for (const auto& e : rep.errors) std::cout << "line " << e.line << ": " << e.message << "\n";
  std::cout << "inserted " << rep.inserted << ", updated " << rep.updated << ", errors "
            << rep.errors.size() << "\n";
  return rep.errors.empty() ? 0 : 1;
}

}  // namespace cli
