// yaocai import varieties FILE: the catalogue from CSV, with a progress bar and a per-row
// error report. Re-running updates existing varieties instead of duplicating them.
#include <fstream>
#include <iostream>
#include <sstream>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "core/error.h"
#include "db/connection.h"
#include "market/variety_import.h"
#include "push/leads.h"

namespace cli {

namespace {

void progress_bar(size_t done, size_t total) {
  if (total == 0) return;
  int width = 30, filled = static_cast<int>(done * width / total);
  std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done
            << "/" << total << std::flush;
}

// import buy-leads|supplier-leads FILE [--source NAME]: CSV, XLSX or JSON lines.
int import_leads(const Args& args) {
  std::ifstream in(args[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << args[1] << "\n";
    return 1;
  }
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::string source = option(args, "source", "file");
  push::LeadReport rep;
  try {
    auto rows = push::lead_rows(bytes.str());
    rep = args[0] == "buy-leads"
              ? push::import_buy_leads(db::local(), rows, source, core::today(), progress_bar)
              : push::import_supplier_leads(db::local(), rows, source, progress_bar);
  } catch (const web::Error& e) {
    std::cerr << "\n" << args[1] << ": " << e.what() << "\n";
    return 1;
  }
  std::cerr << "\n";
  for (const auto& e : rep.errors) std::cout << "line " << e.line << ": " << e.message << "\n";
  std::cout << "inserted " << rep.inserted << ", merged " << rep.merged << ", duplicates "
            << rep.duplicates << ", skipped " << rep.skipped << ", errors " << rep.errors.size()
            << "\n";
  return rep.errors.empty() ? 0 : 1;
}

}  // namespace

int import(const Args& args) {
  if (args.size() >= 2 && (args[0] == "buy-leads" || args[0] == "supplier-leads"))
    return import_leads(args);
  if (args.size() < 2 || args[0] != "varieties") {
    std::cerr << "usage: yaocai import varieties FILE.csv\n"
                 "       yaocai import buy-leads|supplier-leads FILE [--source NAME]\n";
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
