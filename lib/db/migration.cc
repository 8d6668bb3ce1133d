#include "db/migration.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace db {

std::vector<Migration> find_migrations(const std::string& dir) {
  std::vector<Migration> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    auto name = e.path().filename().string();
    if (!e.is_regular_file() || e.path().extension() != ".sql") continue;
    size_t digits = 0;
    while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
    if (digits == 0 || name[digits] != '_') continue;
    out.push_back({std::stoi(name.substr(0, digits)), name, e.path().string()});
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
  for (size_t i = 1; i < out.size(); ++i)
    if (out[i].version == out[i - 1].version)
      throw std::runtime_error("two migrations numbered " + std::to_string(out[i].version) + ": " +
                               out[i - 1].name + ", " + out[i].name);
  return out;
}

std::vector<std::string> migrate(Connection& c, const std::string& dir) {
  c.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
      " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB");
  // Two migrators at once (two `make run`s) must not apply a file twice.
  c.exec("SELECT GET_LOCK('yaocai_migrate', 60)");
  std::set<int> done;
  for (const auto& row : c.exec("SELECT version FROM schema_migrations").rows)
    done.insert(static_cast<int>(row.i64(0)));
  std::vector<std::string> applied;
  try {
    for (const auto& m : find_migrations(dir)) {
      if (done.count(m.version)) continue;
      std::ifstream in(m.path);
      std::stringstream sql;
      sql << in.rdbuf();
      try {
        c.run_script(sql.str());
      } catch (const std::exception& e) {
        throw std::runtime_error("migration " + m.name + " failed: " + e.what());
      }
      c.query("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", m.version, m.name);
      applied.push_back(m.name);
    }
  } catch (...) {
    c.exec("SELECT RELEASE_LOCK('yaocai_migrate')");
    throw;
  }
  c.exec("SELECT RELEASE_LOCK('yaocai_migrate')");
  return applied;
}

}  // namespace db
