// Faults an operator meets: a program killed under load, a Redis restart. The stack must
// recover by itself (multiwatch, Redis AOF) and lose nobody's session.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;
using Clock = std::chrono::steady_clock;

namespace {

// The supervisor's pid from the program's pidfile (bin/stack writes multiwatch's).
int supervisor_pid(const std::string& program) {
  std::ifstream in(testenv::var_dir() + "/run/fcgi/" + program + ".pid");
  int pid = 0;
  in >> pid;
  return pid;
}

// The processes whose parent is `parent` (the pool's workers).
std::vector<int> children(int parent) {
  std::vector<int> out;
  for (const auto& e : std::filesystem::directory_iterator("/proc")) {
    std::string name = e.path().filename();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream in(e.path() / "stat");
    std::string stat((std::istreambuf_iterator<char>(in)), {});
    auto close = stat.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(stat.substr(close + 2));
    char state;
    int ppid = 0;
    rest >> state >> ppid;
    if (ppid == parent && state != 'Z') out.push_back(std::stoi(name));
  }
  return out;
}

struct Outcome {
  Clock::time_point start, end;
  long status;
};

}  // namespace

// The reproduction: kill -9 of market/purchases under load left /purchases on 502
// until someone restarted the stack by hand.
TEST(Supervision, KilledProgramAnswersAgainWithinASecondUnderLoad) {
  const std::string program = "market-purchases";
  int sup = supervisor_pid(program);
  ASSERT_GT(sup, 0);
  auto before = children(sup);
  ASSERT_GE(before.size(), 2u) << "routes people work in run at least two processes";

  std::atomic<bool> stop{false};
  std::mutex m;
  std::vector<Outcome> outcomes;
  std::vector<std::thread> clients;
  for (int i = 0; i < 4; ++i) {
    clients.emplace_back([&] {
      Http c;
      c.set_cookie("yc_sid", "no-such-session");  // past nginx's page copies, to the program
      for (int n = 0; n < 5000 && !stop; ++n) {
        auto t0 = Clock::now();
        long status = c.get("/purchases").status;
        std::lock_guard lock(m);
        outcomes.push_back({t0, Clock::now(), status});
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  auto kill_one = Clock::now();
  ::kill(before[0], SIGKILL);
  std::this_thread::sleep_for(std::chrono::milliseconds(800));
  auto kill_all = Clock::now();
  for (int pid : children(sup)) ::kill(pid, SIGKILL);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  stop = true;
  for (auto& t : clients) t.join();

  size_t errors = 0;
  for (const auto& o : outcomes) errors += o.status != 200;
  ASSERT_GT(outcomes.size(), 200u) << "the load loop ran";
  EXPECT_LT(errors * 100, outcomes.size()) << errors << " errors in " << outcomes.size();
  for (auto killed : {kill_one, kill_all}) {
    auto first_ok = Clock::time_point::max();
    for (const auto& o : outcomes)
      if (o.start > killed && o.status == 200) first_ok = std::min(first_ok, o.end);
    ASSERT_NE(first_ok, Clock::time_point::max()) << "the route never answered again";
    EXPECT_LT(first_ok - killed, std::chrono::seconds(1));
    std::printf(
        "answered again %lld ms after a kill\n",
        static_cast<long long>(
            std::chrono::duration_cast<std::chrono::milliseconds>(first_ok - killed).count()));
  }
  std::printf("%zu requests, %zu errors\n", outcomes.size(), errors);
  auto after = children(sup);
  EXPECT_EQ(after.size(), before.size()) << "the supervisor restored the pool";
  for (int pid : after) EXPECT_NE(pid, before[0]);
}

// The reproduction: a Redis restart logged every user out (no persistence).
TEST(RedisPersistence, SessionsSurviveARedisRestart) {
  Http c;
  auto user = testenv::make_user("重启后仍登录");
  testenv::login_as(c, user);
  ASSERT_EQ(c.get("/my/settings").status, 200);
  ASSERT_TRUE(testenv::stack("redis-stop"));
  ASSERT_TRUE(testenv::stack("redis-start"));
  long status = 0;
  for (int i = 0; i < 50; ++i) {
    status = c.get("/my/settings").status;
    if (status != 503 && status != 500) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(status, 200) << "still logged in after the restart";
}

namespace {

bool gone_within(int pid, std::chrono::milliseconds limit) {
  auto until = Clock::now() + limit;
  while (Clock::now() < until) {
    if (::kill(pid, 0) != 0) return true;
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), {});
    auto close = stat.rfind(')');
    if (close != std::string::npos && stat[close + 2] == 'Z') return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

}  // namespace

// logrotate moves the log away and sends SIGUSR2 (to multiwatch, which forwards it): the
// same processes write on into a new file.
TEST(Logs, ProgramsReopenTheirLogOnSigusr2AndKeepRunning) {
  std::string log = testenv::var_dir() + "/log/core-health.log";
  int sup = supervisor_pid("core-health");
  ASSERT_GT(sup, 0);
  auto before = children(sup);
  ASSERT_FALSE(before.empty());
  Http c;
  ASSERT_EQ(c.get("/healthz").status, 200);
  std::filesystem::rename(log, log + ".moved");
  ASSERT_EQ(::kill(sup, SIGUSR2), 0);
  std::string fresh;
  for (int i = 0; i < 50 && fresh.find("/healthz") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(c.get("/healthz?reopened").status, 200);
    fresh = slurp(log);
  }
  EXPECT_NE(fresh.find("GET /healthz"), std::string::npos) << "requests go to the new file";
  auto after = children(sup);
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  EXPECT_EQ(after, before) << "the processes reopened, none was restarted";
  std::filesystem::remove(log + ".moved");
}

// The spec: libfcgi's own SIGUSR1 handler left a process alive but no longer accepting.
TEST(Logs, Sigusr1StopsAProcessWhichTheSupervisorReplaces) {
  int sup = supervisor_pid("core-health");
  auto before = children(sup);
  ASSERT_FALSE(before.empty());
  ASSERT_EQ(::kill(before[0], SIGUSR1), 0);
  EXPECT_TRUE(gone_within(before[0], std::chrono::seconds(3))) << "the process hangs on";
  std::vector<int> after;
  for (int i = 0; i < 50 && after.size() != before.size(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    after = children(sup);
  }
  EXPECT_EQ(after.size(), before.size());
  EXPECT_EQ(Http().get("/healthz").status, 200);
}

// The audit: 272 MB of logs in 6 minutes of load, never rotated.
TEST(Logs, LocalStackRotatesALogPastItsCap) {
  std::string log = testenv::var_dir() + "/log/core-notfound.log";
  {
    std::ofstream out(log, std::ios::app);
    std::string line(1023, 'x');
    for (int i = 0; i < 21 * 1024; ++i) out << line << '\n';
  }
  ASSERT_GT(std::filesystem::file_size(log), 20u << 20);
  ASSERT_TRUE(testenv::stack("rotate"));
  EXPECT_LT(std::filesystem::file_size(log), 1u << 20);
  EXPECT_TRUE(std::filesystem::exists(log + ".1"));
  std::filesystem::remove(log + ".1");
  EXPECT_EQ(Http().get("/no/such/page/after/rotation").status, 404);
  EXPECT_NE(slurp(log).find("/no/such/page/after/rotation"), std::string::npos)
      << "the program writes on into the truncated file";
}

// The audit: a program that cannot take the connection (down, or its backlog full) made
// nginx answer 502 with the 503 page; overload is 503 with Retry-After.
TEST(Overload, ProgramThatCannotBeReachedIs503WithRetryAfter) {
  int sup = supervisor_pid("booking-rooms");
  ASSERT_GT(sup, 0);
  auto workers = children(sup);
  ::kill(sup, SIGKILL);  // the supervisor first, so nothing restarts the workers
  for (int pid : workers) ::kill(pid, SIGKILL);
  ASSERT_TRUE(gone_within(sup, std::chrono::seconds(2)));
  for (int pid : workers) ASSERT_TRUE(gone_within(pid, std::chrono::seconds(2)));
  Http c;
  auto r = c.get("/booking/rooms");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.header("retry-after"), "5");
  EXPECT_NE(r.body.find("服务暂时不可用"), std::string::npos) << r.body.substr(0, 500);
  ASSERT_TRUE(testenv::stack("start"));
  EXPECT_NE(c.get("/booking/rooms").status, 503) << "bin/stack start brings it back";
}

TEST(Overload, DatabaseOutage503CarriesRetryAfter) {
  ASSERT_TRUE(testenv::stack("db-stop"));
  Http c;
  auto r = c.get("/healthz");
  ASSERT_TRUE(testenv::stack("db-start"));
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.header("retry-after"), "5");
  for (int i = 0; i < 50 && c.get("/healthz").status != 200; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
}
