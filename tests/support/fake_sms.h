// A stand-in SMS provider on a loopback TCP port, for the http driver and the push daemon:
//   POST /send   one message {"phone","template","text",["key"]} → {"ok":true,"id":...}
//   POST /batch  {"timestamp","messages":[{"key","phone","template","text"}]} →
//                {"results":[{"key","ok":true,"id"}]}; a key it has seen is answered ok with
//                the first id and not recorded again, as real providers drop repeats.
// Requests must carry X-Yaocai-Signature (HMAC-SHA256 of the body under the secret), else 401.
#pragma once
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

class FakeSms {
 public:
  struct Message {
    std::string key, phone, tpl, text;
  };
  explicit FakeSms(std::string secret);
  ~FakeSms();
  FakeSms(const FakeSms&) = delete;

  int port() const { return server_.port(); }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port()); }

  // Messages accepted (each key once), in arrival order.
  std::vector<Message> messages();
  int repeats() const { return repeats_; }  // messages dropped as repeated keys
  int batches() const { return batches_; }  // batch requests answered or held
  // Records the n-th batch request (1-based) from now on, then holds its answer until
  // release() (its sender may die meanwhile). held() tells when it arrived.
  void hold_batch(int n);
  bool held() const { return held_; }
  void release();
  // Every request answers HTTP 500 while set.
  void fail(bool f) { fail_ = f; }

 private:
  std::string answer(const std::string& path, const std::string& body, const std::string& sig);
  std::string secret_;
  std::atomic<bool> fail_{false}, held_{false}, released_{false};
  std::atomic<int> repeats_{0}, batches_{0}, hold_at_{0};
  std::mutex m_;
  std::condition_variable cv_;
  std::map<std::string, std::string> ids_;  // key → provider id
  std::vector<Message> messages_;
  FakeServer server_;  // last: it stops before what its answers use goes
};

}  // namespace testenv
