#include "tests/support/fake_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace testenv {

std::string FakeRequest::header(const std::string& name) const {
  std::string lower = head;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto at = lower.find("\r\n" + name + ":");
  if (at == std::string::npos) return "";
  auto start = at + 3 + name.size();
  auto end = head.find("\r\n", start);
  std::string v = head.substr(start, end - start);
  while (!v.empty() && v.front() == ' ') v.erase(0, 1);
  return v;
}

std::string fake_reply(int status, const std::string& body, const std::string& extra) {
  return "HTTP/1.0 " + std::to_string(status) + (status == 302 ? " Found" : " OK") +
         "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}

FakeServer::FakeServer(Handler h) : handler_(std::move(h)) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 64) != 0 ||
      ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd_);
    throw std::runtime_error("fake server cannot listen on loopback");
  }
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { serve(); });
}

FakeServer::FakeServer(const std::string& path, Handler h) : handler_(std::move(h)), path_(path) {
  ::unlink(path_.c_str());
  fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path_.size() >= sizeof addr.sun_path) throw std::runtime_error("socket path too long");
  std::copy(path_.begin(), path_.end(), addr.sun_path);
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 64) != 0) {
    ::close(fd_);
    throw std::runtime_error("fake server cannot listen on " + path_);
  }
  ::chmod(path_.c_str(), 0777);
  thread_ = std::thread([this] { serve(); });
}

FakeServer::~FakeServer() {
  stop();
  ::close(fd_);
  if (!path_.empty()) ::unlink(path_.c_str());
}

void FakeServer::stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

void FakeServer::serve() {
  while (!stop_) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    int c = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (c < 0) continue;
    std::string req;
    char buf[65536];
    auto more = [&] {
      ssize_t n = ::read(c, buf, sizeof buf);
      if (n > 0) req.append(buf, n);
      return n > 0;
    };
    size_t head_end;
    while ((head_end = req.find("\r\n\r\n")) == std::string::npos && more()) continue;
    if (head_end == std::string::npos) {  // cut short: nothing to answer
      ::close(c);
      continue;
    }
    FakeRequest r;
    r.head = req.substr(0, head_end);
    // The body (POSTs): as long as Content-Length says.
    std::string cl = r.header("content-length");
    size_t length = cl.empty() ? 0 : std::stoul(cl);
    while (req.size() < head_end + 4 + length && more()) continue;
    r.body = req.substr(head_end + 4);
    std::string line = r.head.substr(0, r.head.find("\r\n"));
    auto sp1 = line.find(' '), sp2 = line.rfind(' ');
    r.target = sp1 == std::string::npos ? "/" : line.substr(sp1 + 1, sp2 - sp1 - 1);
    std::string out = handler_(r);
    size_t off = 0;
    while (off < out.size()) {
      ssize_t n = ::send(c, out.data() + off, out.size() - off, MSG_NOSIGNAL);
      if (n <= 0) break;
      off += n;
    }
    ::close(c);
  }
}

}  // namespace testenv
