#include "core/daemon_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <mutex>

#include "core/time_text.h"

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
  std::string stamp = local_time_text(std::time(nullptr), "%F %T");
  std::lock_guard<std::mutex> lock(mu);
  std::fprintf(stderr, "%s %s[%d] %s\n", stamp.c_str(), daemon.c_str(),
               static_cast<int>(::getpid()), text.c_str());
  std::fflush(stderr);
}

}  // namespace core
