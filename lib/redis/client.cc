#include "redis/client.h"

#include <hiredis/hiredis.h>

#include <stdexcept>

#include "core/config.h"
#include "core/error.h"
#include "redis/primary.h"

namespace redis {
namespace {

Value convert(const redisReply* r) {
  Value v;
  switch (r->type) {
    case REDIS_REPLY_INTEGER:
      v.type = Value::Int;
      v.num = r->integer;
      break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
      v.type = Value::Str;
      v.str.assign(r->str, r->len);
      break;
    case REDIS_REPLY_ARRAY:
      v.type = Value::Array;
      for (size_t i = 0; i < r->elements; ++i) v.items.push_back(convert(r->element[i]));
      break;
    default: break;
  }
  return v;
}

}  // namespace

Settings Settings::from_config() {
  const auto& c = core::Config::get();
  Settings s;
  s.socket = c.str("redis", "socket");
  s.host = c.str("redis", "host", "127.0.0.1");
  s.port = c.num("redis", "port", 6379);
  s.timeout_ms = c.num("redis", "timeout_ms", 1000);
  s.prefix = c.str("redis", "prefix", "yc:");
  // Through Sentinel: lib/redis/primary.h.
  if (auto sentinels = c.str("redis", "sentinels"); !sentinels.empty()) {
    s.socket.clear();
    s.host = sentinel_host(c.str("redis", "master", "yaocai"), sentinels);
  }
  return s;
}

Client::~Client() { close(); }

void Client::close() {
  if (ctx_) redisFree(ctx_);
  ctx_ = nullptr;
}

void Client::ensure_open() {
  if (!ctx_) ctx_ = connect(s_);
}

Value Client::cmd(const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lens;
  for (const auto& a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  for (int attempt = 0;; ++attempt) {
    bool fresh = ctx_ == nullptr;
    ensure_open();
    auto* r = static_cast<redisReply*>(
        redisCommandArgv(ctx_, static_cast<int>(argv.size()), argv.data(), lens.data()));
    if (!r) {  // I/O error: the context is unusable from now on
      close();
      if (attempt == 0 && !fresh) continue;
      throw core::Unavailable();
    }
    if (r->type == REDIS_REPLY_ERROR) {
      std::string msg(r->str, r->len);
      freeReplyObject(r);
      // A failover made our server a replica: ask the sentinels for the new primary, once.
      if (msg.rfind("READONLY", 0) == 0 && sentinels_of(s_)) {
        close();
        if (attempt == 0) continue;
        throw core::Unavailable();
      }
      throw std::runtime_error("redis: " + msg);
    }
    Value v = convert(r);
    freeReplyObject(r);
    return v;
  }
}

bool Client::ping() {
  try {
    return cmd({"PING"}).str == "PONG";
  } catch (const std::exception&) {
    return false;
  }
}

Client& local() {
  thread_local Client c(Settings::from_config());
  return c;
}

}  // namespace redis
