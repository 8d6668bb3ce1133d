#include "tests/support/fake_geolocation.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "core/config.h"

namespace testenv {
namespace {

void set_url(const std::string& url) {
  auto c = core::Config::get();
  c.put("watch", "geolocation_url", url);
  core::Config::set(c);
}

}  // namespace

FakeGeolocation::FakeGeolocation() {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 16) != 0 ||
      ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
    throw std::runtime_error("fake geolocation cannot listen");
  port_ = ntohs(addr.sin_port);
  answer(39.908, 116.397, 550);
  set_url("http://127.0.0.1:" + std::to_string(port_) + "/position");
  thread_ = std::thread([this] { serve(); });
}

FakeGeolocation::~FakeGeolocation() {
  stop_ = true;
  thread_.join();
  ::close(fd_);
  set_url("");
}

void FakeGeolocation::answer(double lat, double lon, int radius) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                R"({"status":"1","info":"OK","infocode":"10000","result":{"type":"4",)"
                R"("location":"%.6f,%.6f","radius":"%d","desc":"北京市"}})",
                lon, lat, radius);
  std::lock_guard lock(m_);
  body_ = buf;
}

void FakeGeolocation::answer_nothing() {
  std::lock_guard lock(m_);
  body_ = R"({"status":"1","info":"OK","infocode":"10000","result":{"type":"0"}})";
}

std::vector<std::string> FakeGeolocation::queries() {
  std::lock_guard lock(m_);
  return queries_;
}

void FakeGeolocation::serve() {
  while (!stop_) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    int c = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (c < 0) continue;
    std::string req;
    char buf[4096];
    while (req.find("\r\n\r\n") == std::string::npos) {
      ssize_t n = ::read(c, buf, sizeof buf);
      if (n <= 0) break;
      req.append(buf, n);
    }
    std::string line = req.substr(0, req.find("\r\n"));
    auto q = line.find('?'), sp = line.rfind(' ');
    std::string body;
    {
      std::lock_guard lock(m_);
      if (q != std::string::npos && sp > q) queries_.push_back(line.substr(q + 1, sp - q - 1));
      body = body_;
    }
    std::string out = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    ssize_t ignored = ::write(c, out.data(), out.size());
    (void)ignored;
    ::close(c);
  }
}

}  // namespace testenv
