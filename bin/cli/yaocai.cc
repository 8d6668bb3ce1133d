// bin/yaocai: the command line of the product (migrations, accounts, demo data, jobs, imports).
// Talks to the stack named by $YAOCAI_CONF (default conf/app.conf, or var/app.conf).
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"

namespace cli {

std::string option(const Args& args, const std::string& name, const std::string& fallback) {
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--" + name) return args[i + 1];
  return fallback;
}

}  // namespace cli

namespace {

const std::map<std::string, std::pair<std::function<int(const cli::Args&)>, const char*>>
    kCommands = {
        {"migrate", {cli::migrate, "apply pending schema/NNN_*.sql migrations"}},
        {"user",
         {cli::user, "user add --phone P --password W --name N --roles r1,r2 [--username U]"}},
        {"demo",
         {cli::demo,
          "load the demo data (idempotent); --bench-booking adds the benchmark's 30 half-booked"
          " rooms, --large adds 10 000 orders and 50 000 quotes"}},
        {"session", {cli::session, "session USERNAME: log in, print the Cookie value"}},
        {"job",
         {cli::job, "job NAME [--today YYYY-MM-DD]: run a nightly job (crm-release, crm-digest)"}},
        {"image", {cli::image, "image thumb FILE [--use list] [--out PATH]: one thumbnail, timed"}},
        {"import", {cli::import, "import varieties FILE (CSV or XLSX catalogue; re-runs update)"}},
        {"watch-sim",
         {cli::watch_sim,
          "watch-sim [--count N] [--imei FIRST] [--port P] [--every S] [--heartbeat S]"
          " [--sos-after S] [--seconds S] [--burst N] [--route home-school|still]: simulated"
          " watches"}},
};

int usage() {
  std::cerr << "usage: yaocai COMMAND [ARGS]\n";
  for (const auto& [name, cmd] : kCommands) std::cerr << "  " << name << "\t" << cmd.second << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  auto it = kCommands.find(argv[1]);
  if (it == kCommands.end()) return usage();
  // The running local stack by default: its app.conf sits in var/.
  if (!std::getenv("YAOCAI_CONF") && !std::filesystem::exists("conf/app.conf") &&
      std::filesystem::exists("var/app.conf"))
    setenv("YAOCAI_CONF", "var/app.conf", 1);
  try {
    core::Config::get();
    core::use_business_timezone();
    return it->second.first(cli::Args(argv + 2, argv + argc));
  } catch (const core::Error& e) {
    std::cerr << "yaocai " << argv[1] << ": " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "yaocai " << argv[1] << ": " << e.what() << "\n";
    return 1;
  }
}
