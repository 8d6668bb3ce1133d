#include "core/daemon_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <mutex>

namespace core {

void reopen_log(const std::string& path) {
  if (path.empty()) return;
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0) return;
  ::dup2(fd, STDERR_FILENO);
  ::close(fd);
}

void log_line(const std::string& daemon, const std::string& text) {
  static std::mutex mu;
  std::time_t t = std::time(nullptr);
  std::tm tm;
  localtime_r(&t, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%F %T", &tm);
  std::lock_guard<std::mutex> lock(mu);
  std::fprintf(stderr, "%s %s[%d] %s\n", stamp, daemon.c_str(), static_cast<int>(::getpid()),
               text.c_str());
  std::fflush(stderr);
}

}  // namespace core
