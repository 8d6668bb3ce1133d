// A stand-in for WeChat's OAuth page and API, run by the tests on a unix socket that the
// local nginx proxies as /wechat-fake/ (conf/nginx/local.conf.in; app.conf points there).
//   GET /connect/oauth2/authorize  → 302 to redirect_uri?code=code-<next openid>~<n>&state=...
//                                    (no code when refusing, as WeChat does)
//   GET /sns/oauth2/access_token   → {"openid":...} for code-<openid>[~anything]; errcode 40163 when the
//                                    code was used, 40029 for an unknown one
//   GET /cgi-bin/token             → {"access_token":"token-<n>","expires_in":7200}
#pragma once
#include <atomic>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace testenv {

class FakeWechat {
 public:
  // Starts listening (replacing a stale socket file) on <var>/run/wechat-fake.sock.
  FakeWechat();
  ~FakeWechat();
  FakeWechat(const FakeWechat&) = delete;

  void next_openid(const std::string& openid);
  void refuse_next(bool refuse);
  // Every API call answers HTTP 500 while set.
  void fail_api(bool fail);
  int token_calls() const { return token_calls_; }

 private:
  void serve();
  std::string answer(const std::string& target);
  int fd_ = -1;
  std::string path_;
  std::thread thread_;
  std::atomic<bool> stop_{false}, fail_{false}, refuse_{false};
  std::atomic<int> token_calls_{0};
  std::mutex m_;
  std::string next_openid_ = "o-default";
  std::set<std::string> used_;
  int codes_ = 0;
};

}  // namespace testenv
