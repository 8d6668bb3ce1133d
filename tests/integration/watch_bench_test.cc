// `make bench` for the device gateway (run with --gtest_also_run_disabled_tests, never by
// `make test`): 10 000 simulated watches (bin/yaocai watch-sim) on one yaocai-watchd, each
// reporting a fix every 10 s; then 100 locate commands to connected watches; then a burst of
// stored fixes from 5 000 more (half as many as YAOCAI_BENCH_WATCHES says, when set). It prints
// connections held, the gateway's RSS, fixes persisted per second and the command round trip; the
// assertions are only that the watches connected and the commands were answered.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "db/connection.h"
#include "tests/support/watch_socket.h"
#include "watch/command.h"
#include "watch/relay.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kPollMs = 250;

long long rss_kb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  long long v = 0;
  while (in >> key) {
    if (key == "VmRSS:") {
      in >> v;
      return v;
    }
    in.ignore(1 << 10, '\n');
  }
  return 0;
}

pid_t start_sim(const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<char*> argv{const_cast<char*>("yaocai"), const_cast<char*>("watch-sim")};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::freopen("/dev/null", "w", stdout);
    ::execv("build/bin/yaocai", argv.data());
    ::_exit(127);
  }
  return pid;
}

void stop(pid_t pid) {
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
}

long long online_between(const std::string& first, const std::string& last) {
  return db::local()
      .query("SELECT COUNT(*) FROM watch_device WHERE imei BETWEEN ? AND ? AND online = 1", first,
             last)
      .one()
      .i64(0);
}

long long fixes_between(const std::string& first, const std::string& last) {
  return db::local()
      .query("SELECT COUNT(*) FROM watch_position WHERE imei BETWEEN ? AND ?", first, last)
      .one()
      .i64(0);
}

}  // namespace

TEST(WatchBench, DISABLED_TenThousandWatchesOnOneGateway) {
  // YAOCAI_BENCH_WATCHES: fewer watches for a quick look while working on the gateway.
  const char* watches = std::getenv("YAOCAI_BENCH_WATCHES");
  const int n = watches && std::atoi(watches) >= 100 ? std::atoi(watches) : 10000;
  const int burst_watches = n / 2, burst = 20;
  const long long base = 869000000000000LL, burst_base = 869100000000000LL;
  std::string first = std::to_string(base), last = std::to_string(base + n - 1);
  std::string bfirst = std::to_string(burst_base),
              blast = std::to_string(burst_base + burst_watches - 1);
  testenv::GatewayProcess gw("gw-bench");
  gw.start();
  std::string port = std::to_string(gw.port());

  auto t0 = Clock::now();
  pid_t sim = start_sim({"--count", std::to_string(n), "--imei", first, "--every", "10",
                         "--heartbeat", "60", "--port", port, "--quiet"});
  // The counts below are polled four times a second, not every 20 ms: a COUNT over a range of
  // 100 000 rows is work for the database, which the bench must not take from the gateway.
  bool all = testenv::eventually([&] { return online_between(first, last) >= n; }, 180, kPollMs);
  double connect_s = std::chrono::duration<double>(Clock::now() - t0).count();
  long long held = online_between(first, last);
  EXPECT_TRUE(all) << held << " of " << n << " online";

  // Steady state: every watch reports every 10 s.
  long long before = fixes_between(first, last);
  auto s0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::seconds(20));
  double steady = (fixes_between(first, last) - before) /
                  std::chrono::duration<double>(Clock::now() - s0).count();
  long long rss = rss_kb(gw.pid());

  // 100 locates to connected watches, one after the other.
  std::vector<double> ms;
  int delivered = 0;
  for (int i = 0; i < 100; ++i) {
    std::string imei = std::to_string(base + i * (n / 100));
    long long id =
        watch::queue_command(db::local(), imei, "locate", nlohmann::json::object(), 0).id;
    auto c0 = Clock::now();
    delivered += watch::relay_deliver(imei, id, 5000);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - c0).count());
  }
  std::sort(ms.begin(), ms.end());
  EXPECT_EQ(delivered, 100);

  // The burst: 5 000 more watches log in and each sends 20 stored fixes at once.
  long long burst_before = fixes_between(bfirst, blast);
  auto b0 = Clock::now();
  pid_t burster =
      start_sim({"--count", std::to_string(burst_watches), "--imei", bfirst, "--every", "0",
                 "--heartbeat", "60", "--burst", std::to_string(burst), "--port", port, "--quiet"});
  long long want = burst_before + 1LL * burst_watches * burst;
  testenv::eventually([&] { return fixes_between(bfirst, blast) >= want; }, 120, kPollMs);
  double burst_s = std::chrono::duration<double>(Clock::now() - b0).count();
  long long burst_stored = fixes_between(bfirst, blast) - burst_before;
  long long rss_peak = std::max(rss, rss_kb(gw.pid()));
  stop(burster);
  stop(sim);

  std::printf("watch bench: %lld of %d watches held on one gateway (all online after %.1f s)\n",
              held, n, connect_s);
  std::printf("watch bench: gateway RSS %.1f MB with %d watches, %.1f MB peak with %d\n",
              rss / 1024.0, n, rss_peak / 1024.0, n + burst_watches);
  std::printf("watch bench: steady %.0f fixes/s persisted (a fix per watch every 10 s)\n", steady);
  std::printf("watch bench: burst of %lld stored fixes persisted in %.1f s = %.0f fixes/s\n",
              burst_stored, burst_s, burst_stored / burst_s);
  std::printf("watch bench: locate round trip p50 %.1f ms, p99 %.1f ms (%d of 100 delivered)\n",
              ms[49], ms[98], delivered);
}
