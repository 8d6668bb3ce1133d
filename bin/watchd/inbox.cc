#include "bin/watchd/inbox.h"

#include <chrono>

#include "bin/watchd/log.h"
#include "redis/client.h"
#include "watch/relay.h"

namespace watchd {

Inbox::Inbox(uv_loop_t* loop, std::string gateway, Handler h)
    : gateway_(std::move(gateway)), handler_(std::move(h)) {
  uv_async_init(loop, &async_, &Inbox::wake);
  async_.data = this;
  worker_ = std::thread([this] { run(); });
}

Inbox::~Inbox() { stop(); }

void Inbox::stop() {
  if (stop_.exchange(true)) return;
  if (worker_.joinable()) worker_.join();
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
}

void Inbox::wake(uv_async_t* a) {
  auto* self = static_cast<Inbox*>(a->data);
  std::vector<std::string> items;
  {
    std::lock_guard<std::mutex> lock(self->mu_);
    items.swap(self->items_);
  }
  for (auto& imei : items) self->handler_(imei);
}

void Inbox::run() {
  auto settings = redis::Settings::from_config();
  settings.timeout_ms = std::max(settings.timeout_ms, 3000);
  redis::Client r(settings);
  std::string key = r.key(watch::relay_inbox_key(gateway_));
  while (!stop_) {
    try {
      auto v = r.cmd({"BLPOP", key, "1"});
      if (v.nil() || v.items.size() != 2) continue;
      {
        std::lock_guard<std::mutex> lock(mu_);
        items_.push_back(v.items[1].str);
      }
      uv_async_send(&async_);
    } catch (const std::exception& e) {
      say(std::string("inbox: ") + e.what() + "; retrying in 1 s");
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

}  // namespace watchd
