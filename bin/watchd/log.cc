#include "bin/watchd/log.h"

#include "core/daemon_log.h"

namespace watchd {
namespace {
std::string g_path;
}  // namespace

void open_log(const std::string& path) {
  g_path = path;
  reopen_log();
}

void reopen_log() { core::reopen_log(g_path); }

void say(const std::string& line) { core::log_line("watchd", line); }

}  // namespace watchd
