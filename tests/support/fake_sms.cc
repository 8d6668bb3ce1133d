#include "tests/support/fake_sms.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "sms/gateway.h"

namespace testenv {
namespace {

std::string reply(int status, const std::string& body) {
  return "HTTP/1.0 " + std::to_string(status) +
         " X\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n\r\n" + body;
}

std::string header(const std::string& head, const std::string& name) {
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

}  // namespace

FakeSms::FakeSms(std::string secret) : secret_(std::move(secret)) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 64) != 0)
    throw std::runtime_error("fake sms cannot listen");
  socklen_t len = sizeof addr;
  ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { serve(); });
}

FakeSms::~FakeSms() {
  stop_ = true;
  release();
  thread_.join();
  ::close(fd_);
}

std::vector<FakeSms::Message> FakeSms::messages() {
  std::lock_guard lock(m_);
  return messages_;
}

void FakeSms::hold_batch(int n) {
  held_ = false;
  released_ = false;
  hold_at_ = batches_ + n;
}

void FakeSms::release() {
  std::lock_guard lock(m_);
  released_ = true;
  cv_.notify_all();
}

void FakeSms::serve() {
  while (!stop_) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    int c = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (c < 0) continue;
    std::string req;
    char buf[65536];
    while (req.find("\r\n\r\n") == std::string::npos) {
      ssize_t n = ::read(c, buf, sizeof buf);
      if (n <= 0) break;
      req.append(buf, n);
    }
    auto head_end = req.find("\r\n\r\n");
    if (head_end == std::string::npos) {
      ::close(c);
      continue;
    }
    std::string head = req.substr(0, head_end);
    std::string cl = header(head, "content-length");
    size_t length = cl.empty() ? 0 : std::stoul(cl);
    while (req.size() < head_end + 4 + length) {
      ssize_t n = ::read(c, buf, sizeof buf);
      if (n <= 0) break;
      req.append(buf, n);
    }
    std::string body = req.substr(head_end + 4);
    std::string line = head.substr(0, head.find("\r\n"));
    auto sp1 = line.find(' '), sp2 = line.rfind(' ');
    std::string path = sp1 == std::string::npos ? "/" : line.substr(sp1 + 1, sp2 - sp1 - 1);
    std::string out = answer(path, body, header(head, "x-yaocai-signature"));
    ssize_t off = 0;
    while (off < static_cast<ssize_t>(out.size())) {
      ssize_t n = ::send(c, out.data() + off, out.size() - off, MSG_NOSIGNAL);
      if (n <= 0) break;
      off += n;
    }
    ::close(c);
  }
}

std::string FakeSms::answer(const std::string& path, const std::string& body,
                            const std::string& sig) {
  if (fail_) return reply(500, R"({"ok":false})");
  if (sig != sms::hmac_hex(secret_, body)) return reply(401, R"({"ok":false,"error":"sign"})");
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded()) return reply(400, R"({"ok":false})");
  auto take = [&](const nlohmann::json& m) {
    std::string key = m.value("key", "");
    std::lock_guard lock(m_);
    if (!key.empty()) {
      if (auto it = ids_.find(key); it != ids_.end()) {
        ++repeats_;
        return it->second;
      }
    }
    std::string id = "sms-" + std::to_string(messages_.size() + 1);
    if (!key.empty()) ids_[key] = id;
    messages_.push_back({key, m.value("phone", ""), m.value("template", ""), m.value("text", "")});
    return id;
  };
  if (path == "/send") return reply(200, nlohmann::json{{"ok", true}, {"id", take(j)}}.dump());
  if (path != "/batch" || !j.contains("messages") || !j["messages"].is_array())
    return reply(404, R"({"ok":false})");
  int n = ++batches_;
  nlohmann::json results = nlohmann::json::array();
  for (const auto& m : j["messages"]) {
    std::string key = m.value("key", "");
    results.push_back({{"key", key}, {"ok", true}, {"id", take(m)}});
  }
  if (n == hold_at_) {
    held_ = true;
    std::unique_lock lock(m_);
    cv_.wait(lock, [&] { return released_.load(); });
  }
  return reply(200, nlohmann::json{{"results", results}}.dump());
}

}  // namespace testenv
