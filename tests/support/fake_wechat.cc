#include "tests/support/fake_wechat.h"

#include <cgicc/CgiUtils.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <map>
#include <stdexcept>

#include "http/client.h"
#include "tests/support/stack.h"

namespace testenv {
namespace {

std::map<std::string, std::string> query_of(const std::string& target) {
  std::map<std::string, std::string> q;
  auto pos = target.find('?');
  if (pos == std::string::npos) return q;
  std::string s = target.substr(pos + 1);
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('&', start);
    if (end == std::string::npos) end = s.size();
    std::string part = s.substr(start, end - start);
    auto eq = part.find('=');
    if (eq != std::string::npos)
      q[cgicc::form_urldecode(part.substr(0, eq))] = cgicc::form_urldecode(part.substr(eq + 1));
    start = end + 1;
  }
  return q;
}

std::string reply(int status, const std::string& body, const std::string& extra = "") {
  return "HTTP/1.0 " + std::to_string(status) + (status == 302 ? " Found" : " OK") +
         "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}

}  // namespace

FakeWechat::FakeWechat() {
  path_ = var_dir() + "/run/wechat-fake.sock";
  ::unlink(path_.c_str());
  fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path_.size() >= sizeof addr.sun_path) throw std::runtime_error("socket path too long");
  std::copy(path_.begin(), path_.end(), addr.sun_path);
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 16) != 0)
    throw std::runtime_error("fake wechat cannot listen on " + path_);
  ::chmod(path_.c_str(), 0777);  // nginx workers may run as another user
  thread_ = std::thread([this] { serve(); });
}

FakeWechat::~FakeWechat() {
  stop_ = true;
  thread_.join();
  ::close(fd_);
  ::unlink(path_.c_str());
}

void FakeWechat::next_openid(const std::string& openid) {
  std::lock_guard lock(m_);
  next_openid_ = openid;
}
void FakeWechat::refuse_next(bool refuse) { refuse_ = refuse; }
void FakeWechat::fail_api(bool fail) { fail_ = fail; }

void FakeWechat::serve() {
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
    // The body (POSTs to the API): as long as Content-Length says.
    auto head_end = req.find("\r\n\r\n");
    size_t length = 0;
    if (head_end != std::string::npos) {
      std::string head = req.substr(0, head_end);
      for (auto& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (auto at = head.find("content-length:"); at != std::string::npos)
        length = std::stoul(head.substr(at + 15));
      while (req.size() < head_end + 4 + length) {
        ssize_t n = ::read(c, buf, sizeof buf);
        if (n <= 0) break;
        req.append(buf, n);
      }
    }
    std::string body = head_end == std::string::npos ? "" : req.substr(head_end + 4);
    std::string line = req.substr(0, req.find("\r\n"));
    auto sp1 = line.find(' '), sp2 = line.rfind(' ');
    std::string target = sp1 == std::string::npos ? "/" : line.substr(sp1 + 1, sp2 - sp1 - 1);
    std::string out = answer(target, body);
    ssize_t off = 0;
    while (off < static_cast<ssize_t>(out.size())) {
      ssize_t n = ::write(c, out.data() + off, out.size() - off);
      if (n <= 0) break;
      off += n;
    }
    ::close(c);
  }
}

std::vector<std::string> FakeWechat::messages() {
  std::lock_guard lock(m_);
  return messages_;
}

std::vector<std::string> FakeWechat::qrcodes() {
  std::lock_guard lock(m_);
  return qrcodes_;
}

std::string FakeWechat::answer(const std::string& target, const std::string& body) {
  auto q = query_of(target);
  std::string path = target.substr(0, target.find('?'));
  // The website app's QR page stands in for the phone that scans it: it comes straight back.
  if (path == "/connect/oauth2/authorize" || path == "/connect/qrconnect") {
    std::string uri = q["redirect_uri"];
    uri += uri.find('?') == std::string::npos ? "?" : "&";
    if (refuse_.exchange(false)) {
      uri += "state=" + http::urlencode(q["state"]);
    } else {
      std::lock_guard lock(m_);
      uri += "code=" + http::urlencode("code-" + next_openid_ + "~" + std::to_string(++codes_)) +
             "&state=" + http::urlencode(q["state"]);
    }
    return reply(302, "", "Location: " + uri + "\r\n");
  }
  if (fail_) return reply(500, "{}");
  if (path == "/cgi-bin/qrcode/create" || path == "/cgi-bin/message/template/send") {
    if (q["access_token"].rfind("token-", 0) != 0)
      return reply(200, R"({"errcode":40001,"errmsg":"invalid credential"})");
    std::lock_guard lock(m_);
    if (path == "/cgi-bin/message/template/send") {
      messages_.push_back(body);
      return reply(
          200, R"({"errcode":0,"errmsg":"ok","msgid":)" + std::to_string(messages_.size()) + "}");
    }
    qrcodes_.push_back(body);
    std::string n = std::to_string(qrcodes_.size());
    return reply(200, R"({"ticket":"ticket-)" + n +
                          R"(","expire_seconds":600,"url":"http://weixin.qq.com/q/fake-)" + n +
                          R"("})");
  }
  bool website = q["appid"] == "wx-local-webapp" && q["secret"] == "wx-local-websecret";
  if (!website && (q["appid"] != "wx-local-appid" || q["secret"] != "wx-local-secret"))
    return reply(200, R"({"errcode":40125,"errmsg":"invalid appsecret"})");
  if (path == "/sns/oauth2/access_token") {
    std::string code = q["code"];
    std::lock_guard lock(m_);
    if (used_.count(code)) return reply(200, R"({"errcode":40163,"errmsg":"code been used"})");
    if (code.rfind("code-", 0) != 0)
      return reply(200, R"({"errcode":40029,"errmsg":"invalid code"})");
    used_.insert(code);
    std::string openid = code.substr(5, code.find('~') - 5);
    // The website app has its own openid for the same person, and gives the unionid both
    // apps share ("u-" + the official account's openid).
    if (website)
      return reply(200, R"({"access_token":"web-token","expires_in":7200,"refresh_token":"r",)"
                        R"("openid":"web-)" +
                            openid + R"(","unionid":"u-)" + openid +
                            R"(","scope":"snsapi_login"})");
    return reply(200, R"({"access_token":"web-token","expires_in":7200,"refresh_token":"r",)"
                      R"("openid":")" +
                          openid + R"(","scope":"snsapi_base"})");
  }
  if (path == "/cgi-bin/token") {
    int n = ++token_calls_;
    return reply(200, R"({"access_token":"token-)" + std::to_string(n) + R"(","expires_in":7200})");
  }
  return reply(404, R"({"errcode":404,"errmsg":"not found"})");
}

FakeWechat* WechatTest::fake_ = nullptr;

}  // namespace testenv
