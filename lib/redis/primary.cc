// Finding the primary: directly from the configuration, or through Redis Sentinel following
// the client guidelines (https://redis.io/docs/reference/sentinel-clients/): ask the sentinels
// in turn for the master's address, connect, and check with ROLE that it is the master
// (a sentinel may still name a server that has just been demoted).
#include "redis/primary.h"

#include <hiredis/hiredis.h>

#include <cstdlib>
#include <memory>
#include <optional>

#include "core/error.h"

namespace redis {
namespace {

using Context = std::unique_ptr<redisContext, void (*)(redisContext*)>;

Context open(const std::string& host, int port, const std::string& socket, int timeout_ms) {
  timeval tv{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
  Context c(socket.empty() ? redisConnectWithTimeout(host.c_str(), port, tv)
                           : redisConnectUnixWithTimeout(socket.c_str(), tv),
            redisFree);
  if (!c || c->err) return Context(nullptr, redisFree);
  redisSetTimeout(c.get(), tv);
  return c;
}

using Reply = std::unique_ptr<redisReply, void (*)(void*)>;

Reply command(redisContext* c, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lens;
  for (const auto& a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  return Reply(static_cast<redisReply*>(
                   redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data())),
               freeReplyObject);
}

// The master's address according to one sentinel, if it knows one.
std::optional<Address> ask(const Address& sentinel, const std::string& master, int timeout_ms) {
  auto c = open(sentinel.host, sentinel.port, "", timeout_ms);
  if (!c) return std::nullopt;
  auto r = command(c.get(), {"SENTINEL", "get-master-addr-by-name", master});
  if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2 ||
      r->element[0]->type != REDIS_REPLY_STRING || r->element[1]->type != REDIS_REPLY_STRING)
    return std::nullopt;
  return Address{std::string(r->element[0]->str, r->element[0]->len),
                 std::atoi(r->element[1]->str)};
}

bool is_master(redisContext* c) {
  auto r = command(c, {"ROLE"});
  return r && r->type == REDIS_REPLY_ARRAY && r->elements > 0 &&
         r->element[0]->type == REDIS_REPLY_STRING &&
         std::string(r->element[0]->str, r->element[0]->len) == "master";
}

}  // namespace

std::vector<Address> addresses(const std::string& text) {
  std::vector<Address> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(',', i);
    if (j == std::string::npos) j = text.size();
    std::string item = text.substr(i, j - i);
    auto a = item.find_first_not_of(" \t"), b = item.find_last_not_of(" \t");
    if (a != std::string::npos) {
      item = item.substr(a, b - a + 1);
      auto colon = item.rfind(':');
      if (colon == std::string::npos)
        out.push_back({item, 26379});
      else
        out.push_back({item.substr(0, colon), std::atoi(item.c_str() + colon + 1)});
    }
    i = j + 1;
  }
  return out;
}

std::string sentinel_host(const std::string& master, const std::string& sentinels) {
  return "sentinel:" + master + "@" + sentinels;
}

std::optional<Sentinels> sentinels_of(const Settings& s) {
  if (s.host.rfind("sentinel:", 0) != 0) return std::nullopt;
  auto at = s.host.find('@');
  if (at == std::string::npos) return std::nullopt;
  return Sentinels{s.host.substr(9, at - 9), addresses(s.host.substr(at + 1))};
}

redisContext* connect(const Settings& s) {
  auto sentinels = sentinels_of(s);
  if (!sentinels || !s.socket.empty()) {
    auto c = open(s.host, s.port, s.socket, s.timeout_ms);
    if (!c) throw core::Unavailable();
    return c.release();
  }
  for (const auto& sentinel : sentinels->at) {
    auto primary = ask(sentinel, sentinels->master, s.timeout_ms);
    if (!primary) continue;
    auto c = open(primary->host, primary->port, "", s.timeout_ms);
    if (c && is_master(c.get())) return c.release();
  }
  throw core::Unavailable();
}

}  // namespace redis
