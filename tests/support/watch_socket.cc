#include "tests/support/watch_socket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <thread>

#include "core/config.h"
#include "tests/support/stack.h"

namespace testenv {

int gateway_port() {
  std::string listen = core::Config::get().str("watch", "listen", "127.0.0.1:5080");
  return std::stoi(listen.substr(listen.rfind(':') + 1));
}

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

bool eventually(const std::function<bool()>& done, double seconds, int poll_ms) {
  auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (true) {
    if (done()) return true;
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
  }
}

WatchSocket::WatchSocket(std::string imei, int port) : imei_(std::move(imei)) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  // The gateway may be (re)starting: try for a few seconds.
  eventually(
      [&] {
        int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
          fd_ = fd;
          return true;
        }
        ::close(fd);
        return false;
      },
      10);
}

WatchSocket::~WatchSocket() {
  if (fd_ >= 0) ::close(fd_);
}

void WatchSocket::send_raw(const std::string& bytes) {
  if (fd_ < 0) return;
  ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  (void)n;
}

void WatchSocket::send(const std::string& content) {
  send_raw(watch::encode_frame("3G", imei_, content));
}

std::optional<watch::Frame> WatchSocket::read(double seconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  watch::Frame f;
  std::string why;
  while (fd_ >= 0) {
    if (reader_.next(f, why) == watch::FrameReader::Result::frame) return f;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    end - std::chrono::steady_clock::now())
                    .count();
    if (left <= 0) return std::nullopt;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left)) <= 0) return std::nullopt;
    char buf[4096];
    ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) {
      ::close(fd_);
      fd_ = -1;
      return std::nullopt;
    }
    reader_.feed(std::string_view(buf, static_cast<size_t>(n)));
  }
  return std::nullopt;
}

std::optional<watch::Frame> WatchSocket::read_type(const std::string& type, double seconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (true) {
    double left = std::chrono::duration<double>(end - std::chrono::steady_clock::now()).count();
    if (left <= 0) return std::nullopt;
    auto f = read(left);
    if (!f) return std::nullopt;
    if (f->type == type) return f;
  }
}

bool WatchSocket::closed_by_gateway(double seconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (fd_ >= 0 && std::chrono::steady_clock::now() < end) read(0.2);
  return fd_ < 0;
}

bool WatchSocket::keepalive(int battery) {
  send("LK,100,0," + std::to_string(battery));
  return read_type("LK").has_value();
}

std::string WatchSocket::report(const std::string& type, double lat, double lon, unsigned status) {
  std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  char buf[160];
  std::snprintf(
      buf, sizeof buf,
      "%s,%02d%02d%02d,%02d%02d%02d,A,%.6f,N,%.6f,E,3.0,90.0,40.0,8,100,80,500,0,%08x,0,0",
      type.c_str(), tm.tm_mday, tm.tm_mon + 1, tm.tm_year % 100, tm.tm_hour, tm.tm_min, tm.tm_sec,
      lat, lon, status);
  return buf;
}

GatewayProcess::GatewayProcess(std::string name) : name_(std::move(name)), port_(free_port()) {}

GatewayProcess::~GatewayProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    if (!eventually([&] { return ::waitpid(pid_, nullptr, WNOHANG) == pid_; }, 10)) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
}

void GatewayProcess::start() {
  std::string listen = "127.0.0.1:" + std::to_string(port_);
  std::string log = var_dir() + "/log/watchd-" + name_ + ".log";
  pid_ = ::fork();
  if (pid_ == 0) {
    ::execl("build/bin/yaocai-watchd", "yaocai-watchd", "--log", log.c_str(), "--listen",
            listen.c_str(), "--gateway", name_.c_str(), nullptr);
    ::_exit(127);
  }
  // Listening once a connection is accepted.
  eventually(
      [&] {
        int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port_));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        ::close(fd);
        return ok;
      },
      10);
}

void GatewayProcess::kill9() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = 0;
}

}  // namespace testenv
