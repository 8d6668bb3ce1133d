#include "tests/support/fake_wechat.h"

#include <cgicc/CgiUtils.h>

#include <map>
#include <nlohmann/json.hpp>

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

}  // namespace

FakeWechat::FakeWechat()
    : server_(var_dir() + "/run/wechat-fake.sock",
              [this](const FakeRequest& r) { return answer(r.target, r.body); }) {}

FakeWechat::~FakeWechat() {
  release();  // a held message answers, so the server can stop
  server_.stop();
}

void FakeWechat::hold_message(int n) {
  held_ = false;
  released_ = false;
  hold_at_ = sends_ + n;
}

void FakeWechat::release() {
  std::lock_guard lock(m_);
  released_ = true;
  cv_.notify_all();
}

void FakeWechat::next_openid(const std::string& openid) {
  std::lock_guard lock(m_);
  next_openid_ = openid;
}
void FakeWechat::refuse_next(bool refuse) { refuse_ = refuse; }
void FakeWechat::fail_api(bool fail) { fail_ = fail; }

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
    return fake_reply(302, "", "Location: " + uri + "\r\n");
  }
  if (fail_) return fake_reply(500, "{}");
  if (path == "/cgi-bin/qrcode/create" || path == "/cgi-bin/message/template/send") {
    if (q["access_token"].rfind("token-", 0) != 0)
      return fake_reply(200, R"({"errcode":40001,"errmsg":"invalid credential"})");
    std::unique_lock lock(m_);
    if (path == "/cgi-bin/message/template/send") {
      auto j = nlohmann::json::parse(body, nullptr, false);
      std::string id = j.is_object() ? j.value("client_msg_id", "") : "";
      std::string key = id.empty() ? "" : j.value("touser", "") + "\n" + id;
      int msgid = 0;
      if (auto it = msgids_.find(key); !key.empty() && it != msgids_.end()) {
        ++repeats_;
        msgid = it->second;
      } else {
        messages_.push_back(body);
        msgid = static_cast<int>(messages_.size());
        if (!key.empty()) msgids_[key] = msgid;
      }
      if (++sends_ == hold_at_) {
        held_ = true;
        cv_.wait(lock, [&] { return released_.load(); });
      }
      return fake_reply(200,
                        R"({"errcode":0,"errmsg":"ok","msgid":)" + std::to_string(msgid) + "}");
    }
    qrcodes_.push_back(body);
    std::string n = std::to_string(qrcodes_.size());
    return fake_reply(200, R"({"ticket":"ticket-)" + n +
                               R"(","expire_seconds":600,"url":"http://weixin.qq.com/q/fake-)" + n +
                               R"("})");
  }
  bool website = q["appid"] == "wx-local-webapp" && q["secret"] == "wx-local-websecret";
  if (!website && (q["appid"] != "wx-local-appid" || q["secret"] != "wx-local-secret"))
    return fake_reply(200, R"({"errcode":40125,"errmsg":"invalid appsecret"})");
  if (path == "/sns/oauth2/access_token") {
    std::string code = q["code"];
    std::lock_guard lock(m_);
    if (used_.count(code)) return fake_reply(200, R"({"errcode":40163,"errmsg":"code been used"})");
    if (code.rfind("code-", 0) != 0)
      return fake_reply(200, R"({"errcode":40029,"errmsg":"invalid code"})");
    used_.insert(code);
    std::string openid = code.substr(5, code.find('~') - 5);
    // The website app has its own openid for the same person, and gives the unionid both
    // apps share ("u-" + the official account's openid).
    if (website)
      return fake_reply(200, R"({"access_token":"web-token","expires_in":7200,"refresh_token":"r",)"
                             R"("openid":"web-)" +
                                 openid + R"(","unionid":"u-)" + openid +
                                 R"(","scope":"snsapi_login"})");
    return fake_reply(200, R"({"access_token":"web-token","expires_in":7200,"refresh_token":"r",)"
                           R"("openid":")" +
                               openid + R"(","scope":"snsapi_base"})");
  }
  if (path == "/cgi-bin/token") {
    int n = ++token_calls_;
    return fake_reply(200,
                      R"({"access_token":"token-)" + std::to_string(n) + R"(","expires_in":7200})");
  }
  return fake_reply(404, R"({"errcode":404,"errmsg":"not found"})");
}

FakeWechat* WechatTest::fake_ = nullptr;

}  // namespace testenv
