// News for the gateways through Redis (lib/watch/relay.h): a thread subscribes to the channel of
// watches whose offline box changed and hands each IMEI to the event loop, which ignores the
// watches this gateway does not hold.
#pragma once
#include <uv.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace watchd {

class Inbox {
 public:
  using Handler = std::function<void(const std::string& imei)>;
  // Returns once subscribed (or after a few seconds without Redis: it keeps trying), so news
  // for the first watches to connect is not missed.
  Inbox(uv_loop_t* loop, Handler h);
  ~Inbox();
  void stop();

 private:
  void run();
  void listen();
  static void wake(uv_async_t* a);
  Handler handler_;
  uv_async_t async_;
  std::mutex mu_;
  std::vector<std::string> items_;
  std::condition_variable subscribed_cv_;
  bool subscribed_ = false;
  std::atomic<bool> stop_{false};
  std::thread worker_;
};

}  // namespace watchd
