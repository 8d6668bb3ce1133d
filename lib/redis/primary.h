// Where the Redis primary is. Directly configured ([redis] socket, or host and port), or
// found through Redis Sentinel: with `[redis] sentinels = host:port, ...` (and `master`, the
// name they monitor it under) Settings::from_config sets host to
// "sentinel:<master>@<host:port>,<host:port>..." and every connection asks the sentinels which
// server is the primary now. redis::Client opens its connections here, so after a failover
// (a lost connection, or a READONLY reply from a demoted primary) it follows the new one.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "redis/client.h"

namespace redis {

struct Address {
  std::string host;
  int port = 26379;
};

struct Sentinels {
  std::string master;
  std::vector<Address> at;
};

// "host:port, host:port" (a port left out is Sentinel's 26379).
std::vector<Address> addresses(const std::string& text);
// The host value that makes a client go through these sentinels.
std::string sentinel_host(const std::string& master, const std::string& sentinels);
// The sentinels a Settings::host names, if it names any.
std::optional<Sentinels> sentinels_of(const Settings& s);

// A new connection to the primary, with the timeouts set; throws core::Unavailable when there
// is none to be had. The caller frees it (redisFree).
redisContext* connect(const Settings& s);

}  // namespace redis
