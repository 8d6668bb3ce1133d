// The layout's data cached per process. A Redis counter (site:version) moves on every change,
// so each page costs one GET and the database is read once per change per process, and a
// change shows on the very next request in every process.
#include <mutex>

#include "core/page_copy.h"
#include "site/site.h"

namespace site {
namespace {

std::string version_key(redis::Client& redis) { return redis.key(kVersionCounter); }

std::mutex g_mu;
std::shared_ptr<const Snapshot> g_snapshot;
std::string g_version;

std::shared_ptr<const Snapshot> load(db::Connection& db) {
  auto f = std::make_shared<Snapshot>();
  f->settings = load_settings(db);
  f->partners = partners(db, false);
  f->banners = banners(db, false);
  return f;
}

}  // namespace

std::shared_ptr<const Snapshot> snapshot(db::Connection& db, redis::Client& redis,
                                         const std::string* known) {
  std::string version;
  try {
    if (known) {
      version = known->empty() ? "0" : *known;
    } else {
      auto v = redis.cmd({"GET", version_key(redis)});
      version = v.nil() ? "0" : v.str;
    }
  } catch (const std::exception&) {
    std::lock_guard<std::mutex> lock(g_mu);
    if (g_snapshot) return g_snapshot;  // stale beats failing the page while Redis is away
    version.clear();
  }
  {
    std::lock_guard<std::mutex> lock(g_mu);
    if (g_snapshot && !version.empty() && version == g_version) return g_snapshot;
  }
  auto f = load(db);
  std::lock_guard<std::mutex> lock(g_mu);
  if (!version.empty()) {
    g_snapshot = f;
    g_version = version;
  }
  return f;
}

void changed(redis::Client& redis) {
  redis.cmd({"INCR", version_key(redis)});
  core::discard_page_copies();  // every page shows the layout
}

}  // namespace site
