// The other app hosts of a cluster ([cluster] peers, lib/core/page_copy_peers.h): after this
// host has discarded its page copies, each peer is asked to discard its own, and the change's
// answer waits for them, so a visitor's next request shows the change on whichever host it
// lands. A peer that does not confirm within the timeout is logged and left: it is down or
// restarting, and a host's copies are deleted when it starts (bin/stack start).
#include <cstdio>
#include <string>

#include "core/config.h"
#include "core/page_copy_peers.h"
#include "http/client.h"

namespace app {
namespace {

constexpr long kPeerTimeoutMs = 2000;

void tell_peers() {
  std::string peers, secret;
  try {
    const auto& c = core::Config::get();
    peers = c.str("cluster", "peers");
    secret = c.str("cluster", "secret");
  } catch (const std::exception&) {
    return;
  }
  size_t i = 0;
  while (i < peers.size()) {
    size_t j = peers.find(',', i);
    if (j == std::string::npos) j = peers.size();
    std::string url = peers.substr(i, j - i);
    i = j + 1;
    auto a = url.find_first_not_of(" \t"), b = url.find_last_not_of(" \t/");
    if (a == std::string::npos) continue;
    url = url.substr(a, b - a + 1);
    auto r = http::post(url + "/_cluster/page-copies/discard", "", "text/plain",
                        {"X-Yaocai-Cluster: " + secret}, kPeerTimeoutMs);
    if (r.status != 200)
      std::fprintf(stderr, "page copies: %s did not confirm the discard (%ld %s)\n", url.c_str(),
                   r.status, r.error.c_str());
  }
}

const bool installed = [] {
  core::on_page_copies_discarded(tell_peers);
  return true;
}();

}  // namespace
}  // namespace app
