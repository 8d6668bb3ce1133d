// News for this gateway through Redis (lib/watch/relay.h): a thread blocks on the gateway's
// inbox list and hands each IMEI whose offline box changed to the event loop.
#pragma once
#include <uv.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace watchd {

class Inbox {
 public:
  using Handler = std::function<void(const std::string& imei)>;
  Inbox(uv_loop_t* loop, std::string gateway, Handler h);
  ~Inbox();
  void stop();

 private:
  void run();
  static void wake(uv_async_t* a);
  std::string gateway_;
  Handler handler_;
  uv_async_t async_;
  std::mutex mu_;
  std::vector<std::string> items_;
  std::atomic<bool> stop_{false};
  std::thread worker_;
};

}  // namespace watchd
