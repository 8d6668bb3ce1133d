// A hiredis connection per thread, with timeouts and one reconnect when the server went away.
#pragma once
#include <string>
#include <string_view>
#include <vector>

struct redisContext;

namespace redis {

struct Settings {
  std::string socket, host = "127.0.0.1", prefix = "yc:";
  int port = 6379;
  int timeout_ms = 1000;
  static Settings from_config();
};

// A reply, flattened: nil, an integer, a string (status/bulk) or an array.
struct Value {
  enum Type { Nil, Int, Str, Array } type = Nil;
  long long num = 0;
  std::string str;
  std::vector<Value> items;
  bool nil() const { return type == Nil; }
};

class Client {
 public:
  explicit Client(Settings s) : s_(std::move(s)) {}
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // Sends one command (binary-safe arguments). Throws core::Unavailable when Redis is down and
  // std::runtime_error on an error reply.
  Value cmd(const std::vector<std::string>& args);
  // The configured key prefix + `key`: every key this product writes goes through here.
  std::string key(std::string_view k) const { return s_.prefix + std::string(k); }
  bool ping();

 private:
  void ensure_open();
  void close();
  Settings s_;
  redisContext* ctx_ = nullptr;
};

// This thread's client for the configured Redis.
Client& local();

}  // namespace redis
