// A stand-in for WeChat's OAuth page and API, run by the tests on a unix socket that the
// local nginx proxies as /wechat-fake/ (conf/nginx/local.conf.in; app.conf points there).
//   GET /connect/oauth2/authorize    → 302 to redirect_uri?code=code-<next openid>~<n>&state=...
//                                      (no code when refusing, as WeChat does)
//   GET /sns/oauth2/access_token     → {"openid":...} for code-<openid>[~anything]; errcode
//                                      40163 when the code was used, 40029 for an unknown one
//   GET /cgi-bin/token               → {"access_token":"token-<n>","expires_in":7200}
//   POST /cgi-bin/qrcode/create      → {"ticket":"ticket-<n>","url":"http://weixin.qq.com/q/
//                                      fake-<n>"}
//   POST /cgi-bin/message/template/send → {"errcode":0,"msgid":n}; the JSON body is recorded,
//                                      except that a repeated touser + client_msg_id answers the
//                                      first msgid and is not recorded again (WeChat's 防重入)
// Both POSTs need an access_token=token-<n> the fake handed out, else errcode 40001.
#pragma once
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/fake_server.h"

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
  // Request bodies of template messages and QR code creations, in arrival order.
  std::vector<std::string> messages();
  std::vector<std::string> qrcodes();
  int repeats() const { return repeats_; }  // template messages dropped as repeated ids
  // Records the n-th template message (1-based) from now on, then holds its answer until
  // release() (its sender may die meanwhile). held() tells when it arrived.
  void hold_message(int n);
  bool held() const { return held_; }
  void release();

 private:
  std::string answer(const std::string& target, const std::string& body);
  std::atomic<bool> fail_{false}, refuse_{false}, held_{false}, released_{false};
  std::atomic<int> token_calls_{0}, repeats_{0}, sends_{0}, hold_at_{0};
  std::mutex m_;
  std::condition_variable cv_;
  std::map<std::string, int> msgids_;  // touser + client_msg_id → msgid
  std::string next_openid_ = "o-default";
  std::set<std::string> used_;
  int codes_ = 0;
  std::vector<std::string> messages_, qrcodes_;
  FakeServer server_;  // last: it stops before what its answers use goes
};

// A suite whose tests talk to WeChat: the fake runs from the suite's first test to its last.
class WechatTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { fake_ = new FakeWechat(); }
  static void TearDownTestSuite() {
    delete fake_;
    fake_ = nullptr;
  }
  static FakeWechat* fake_;
};

}  // namespace testenv
