#include "web/access_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>

#include "core/time_text.h"

namespace web {
namespace {
std::string timestamp() { return core::local_time_text(std::time(nullptr), "%Y-%m-%dT%H:%M:%S%z"); }
}  // namespace

void AccessLog::open(const std::string& dir, const std::string& program) {
  if (dir.empty()) return;
  std::string name = program;
  for (char& c : name)
    if (c == '/') c = '-';
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  path_ = dir + "/" + name + ".log";
  int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) fd_ = fd;
}

void AccessLog::reopen() {
  if (path_.empty() || fd_ == 2) return;
  int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return;
  ::dup3(fd, fd_, O_CLOEXEC);  // atomic: fd_ names the new file from here on
  ::close(fd);
}

// One write(2) per line: O_APPEND keeps lines from several threads and processes whole.
void AccessLog::write(const std::string& line) {
  ssize_t rc = ::write(fd_, line.data(), line.size());
  (void)rc;
}

void AccessLog::request(const std::string& id, const std::string& method, const std::string& path,
                        int status, double ms) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " %d %.1fms\n", status, ms);
  write(timestamp() + " " + id + " " + method + " " + path + buf);
}

void AccessLog::error(const std::string& id, const std::string& what) {
  write(timestamp() + " " + id + " ERROR " + what + "\n");
}

}  // namespace web
