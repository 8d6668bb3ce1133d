// `make bench` for the push engine (run with --gtest_also_run_disabled_tests, never by
// `make test`): a round to 100 000 followers of one variety with the round cap raised, the
// time to generate it, then messages per second through one yaocai-pushd to the fake SMS
// provider, and the daemon's peak RSS. It prints figures; the only assertions are that every
// message arrived once.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/config.h"
#include "market/clock.h"
#include "push/round.h"
#include "tests/support/fake_sms.h"
#include "tests/support/stack.h"

class PushBench : public testenv::DbTest {};

TEST_F(PushBench, DISABLED_RoundOfAHundredThousandThroughTheDaemon) {
  const int n = 100000;
  db().query(
      "INSERT INTO user (phone, name) SELECT CONCAT('17', LPAD(seq, 9, '0')), 'bench' "
      "FROM seq_1_to_100000");
  long long v = db().query("SELECT id FROM variety WHERE name = '黄芪'").one().i64(0);
  db().query(
      "INSERT INTO followed_variety (user_id, variety_id) SELECT id, ? FROM user WHERE "
      "name = 'bench'",
      v);
  auto o = db().query(
      "INSERT INTO purchase (buyer_id, pickup, acceptance, remark, window_days, "
      "created_at) SELECT MIN(id), 1, '', '', 0, NOW() FROM user");
  long long item = static_cast<long long>(
      db().query("INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, "
                 "quantity, unit, created_at) VALUES (?, 1, ?, '黄芪', 1, '吨', NOW())",
                 o.insert_id, v)
          .insert_id);
  push::Policy p;
  p.round_cap = n;
  p.quiet_start = p.quiet_end = 0;
  auto t0 = std::chrono::steady_clock::now();
  auto r =
      push::make_round(db(), p, item, push::Channel::sms, "publish", "bench", std::time(nullptr));
  double gen = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_GE(r.recipients, n - 1);

  testenv::FakeSms fake("bench-secret");
  std::ifstream in(core::Config::get().path());
  std::stringstream conf;
  conf << in.rdbuf() << "\n[db]\nname = " << db().settings().name
       << "\n[redis]\nprefix = t_pushbench:\n[sms]\ndriver = http\nurl = " << fake.base()
       << "/send\nbatch_url = " << fake.base()
       << "/batch\nsecret = bench-secret\n[push]\nquiet_start = 0\nquiet_end = 0\n"
          "daily_sms = 1000\nbatch = 500\n";
  std::string path = testenv::var_dir() + "/pushd-bench.conf";
  std::ofstream(path) << conf.str();
  auto t1 = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {
    ::setenv("YAOCAI_CONF", path.c_str(), 1);
    std::string log = testenv::var_dir() + "/log/pushd-bench.log";
    ::execl("build/bin/yaocai-pushd", "yaocai-pushd", "--log", log.c_str(), nullptr);
    ::_exit(127);
  }
  long rss_kb = 0;
  while (fake.messages().size() < size_t(r.recipients) &&
         std::chrono::steady_clock::now() - t1 < std::chrono::seconds(600)) {
    std::ifstream st("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(st, line);)
      if (line.rfind("VmHWM:", 0) == 0) rss_kb = std::atol(line.c_str() + 6);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  double send = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
  EXPECT_EQ(fake.messages().size(), size_t(r.recipients));
  std::printf("\npush bench: round of %d recipients generated in %.2f s (target < 5 s)\n",
              r.recipients, gen);
  std::printf(
      "push bench: %zu messages in %.1f s = %.0f messages/s through yaocai-pushd "
      "(target >= 2000/s); daemon peak RSS %.1f MB (target < 30 MB)\n",
      fake.messages().size(), send, fake.messages().size() / send, rss_kb / 1024.0);
}
