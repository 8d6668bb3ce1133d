#include "bin/watchd/inbox.h"

#include <hiredis.h>
#include <poll.h>

#include <chrono>
#include <memory>
#include <stdexcept>

#include "bin/watchd/log.h"
#include "redis/client.h"
#include "redis/primary.h"
#include "watch/relay.h"

namespace watchd {

Inbox::Inbox(uv_loop_t* loop, Handler h) : handler_(std::move(h)) {
  uv_async_init(loop, &async_, &Inbox::wake);
  async_.data = this;
  worker_ = std::thread([this] { run(); });
  std::unique_lock<std::mutex> lock(mu_);
  subscribed_cv_.wait_for(lock, std::chrono::seconds(3), [this] { return subscribed_; });
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
  while (!stop_) {
    try {
      listen();
    } catch (const std::exception& e) {
      say(std::string("inbox: ") + e.what() + "; subscribing again in 1 s");
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

// One subscription until Redis goes away. redis::Client answers one reply per command, so the
// subscriber speaks hiredis itself; it polls the socket so that stop() is seen within a second
// (a hiredis read timeout would leave the connection unusable).
void Inbox::listen() {
  auto s = redis::Settings::from_config();
  std::unique_ptr<redisContext, void (*)(redisContext*)> c(redis::connect(s), redisFree);
  std::string channel = s.prefix + watch::kRelayBoxChannel;
  void* reply = redisCommand(c.get(), "SUBSCRIBE %b", channel.data(), channel.size());
  if (!reply) throw std::runtime_error(std::string("SUBSCRIBE: ") + c->errstr);
  freeReplyObject(reply);
  {
    std::lock_guard<std::mutex> lock(mu_);
    subscribed_ = true;
  }
  subscribed_cv_.notify_all();
  while (!stop_) {
    pollfd p{c->fd, POLLIN, 0};
    int n = ::poll(&p, 1, 1000);
    if (n < 0 && errno != EINTR) throw std::runtime_error("poll on the Redis subscription failed");
    if (n <= 0) continue;
    if (redisBufferRead(c.get()) != REDIS_OK) throw std::runtime_error(c->errstr);
    while (redisGetReplyFromReader(c.get(), &reply) == REDIS_OK && reply) {
      auto* r = static_cast<redisReply*>(reply);
      // ["message", channel, imei]
      if (r->type == REDIS_REPLY_ARRAY && r->elements == 3 &&
          r->element[2]->type == REDIS_REPLY_STRING) {
        std::lock_guard<std::mutex> lock(mu_);
        items_.emplace_back(r->element[2]->str, r->element[2]->len);
      }
      freeReplyObject(reply);
      uv_async_send(&async_);
    }
  }
}

}  // namespace watchd
