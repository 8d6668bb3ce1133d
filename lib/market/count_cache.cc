#include "market/count_cache.h"

#include <chrono>
#include <exception>
#include <mutex>
#include <unordered_map>

namespace market {
namespace {

struct Entry {
  std::string gen;
  std::chrono::steady_clock::time_point at;
  std::vector<long long> values;
};

std::mutex g_mu;
std::unordered_map<std::string, Entry> g_counts;
constexpr size_t kMaxEntries = 2000;  // filters typed by visitors are unbounded

}  // namespace

std::vector<long long> cached_counts(redis::Client& r, const std::string& key,
                                     const std::function<std::vector<long long>()>& count) {
  std::string gen;
  try {
    // Read before counting: a write committed meanwhile moves it past what is stored here.
    auto v = r.cmd({"GET", r.key("market:gen")});
    gen = v.nil() ? "0" : v.str;
  } catch (const std::exception&) {
    return count();
  }
  auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard<std::mutex> lock(g_mu);
    auto it = g_counts.find(key);
    if (it != g_counts.end() && it->second.gen == gen &&
        now - it->second.at < std::chrono::seconds(kCountSeconds))
      return it->second.values;
  }
  auto values = count();
  std::lock_guard<std::mutex> lock(g_mu);
  if (g_counts.size() >= kMaxEntries) g_counts.clear();
  g_counts[key] = {gen, now, values};
  return values;
}

long long cached_count(redis::Client& r, const std::string& key,
                       const std::function<long long()>& count) {
  return cached_counts(r, key, [&] { return std::vector<long long>{count()}; }).at(0);
}

void counts_changed(redis::Client& r) {
  try {
    r.cmd({"INCR", r.key("market:gen")});
  } catch (const std::exception&) {
    // Redis is down: no process can use its cached counts either (the GET fails).
  }
}

}  // namespace market
