// nginx keeps FastCGI connections open to the programs (fastcgi_keep_conn, an upstream
// keepalive pool per program, bin/stack). libfcgi serves a kept connection on the thread that
// accepted it, so the pools are sized to leave every program a thread that accepts: more
// clients than threads, in bursts, all get their answer, and a request after a burst (while
// the pools hold idle connections) too.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <thread>
#include <vector>

#include "tests/support/http.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

// Processes x threads per upstream name (yc_ + program with / as _), from the route table as
// bin/stack reads it: a program's first line counts.
std::map<std::string, int> threads_by_upstream() {
  std::map<std::string, int> out;
  for (const auto& f : std::filesystem::directory_iterator("conf/routes")) {
    if (f.path().extension() != ".routes") continue;
    std::ifstream in(f.path());
    for (std::string line; std::getline(in, line);) {
      std::istringstream words(line);
      std::string loc, program;
      int procs = 0, threads = 0;
      if (!(words >> loc >> program >> procs >> threads) || loc[0] == '#') continue;
      std::replace(program.begin(), program.end(), '/', '_');
      out.emplace("yc_" + program, procs * threads);
    }
  }
  return out;
}

}  // namespace

TEST(KeptConnections, BurstsOfMoreClientsThanThreadsAllGetAnswers) {
  // /healthz: 2 processes x 2 threads behind two nginx workers' pools.
  for (int round = 0; round < 3; ++round) {
    std::atomic<int> ok{0}, bad{0};
    std::vector<std::thread> ts;
    for (int t = 0; t < 16; ++t)
      ts.emplace_back([&] {
        for (int i = 0; i < 10; ++i) ++(Http().get("/healthz").status == 200 ? ok : bad);
      });
    for (auto& t : ts) t.join();
    EXPECT_EQ(ok.load(), 160) << "round " << round;
    EXPECT_EQ(bad.load(), 0) << "round " << round;
    // One at a time after the burst: the idle pooled connections hold threads now.
    for (int i = 0; i < 8; ++i) EXPECT_EQ(Http().get("/healthz").status, 200);
  }
}

TEST(KeptConnections, PoolsLeaveEveryProgramAThreadThatAccepts) {
  std::ifstream in(testenv::var_dir() + "/nginx/nginx.conf");
  std::stringstream conf;
  conf << in.rdbuf();
  std::string text = conf.str();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(text, m, std::regex("worker_processes ([0-9]+);")));
  int workers = std::stoi(m[1]);
  // Each upstream's pool, against the processes x threads of its program's route line.
  auto threads_of = threads_by_upstream();
  std::regex upstream("upstream (yc_[A-Za-z0-9_]+) \\{[^}]*?keepalive ([0-9]+);");
  int pools = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), upstream), end; it != end; ++it) {
    std::string program = (*it)[1];
    int keep = std::stoi((*it)[2]);
    int threads = threads_of[program];
    ASSERT_GT(threads, 0) << program;
    EXPECT_LT(keep * workers, threads) << program << ": the pools could hold every thread";
    ++pools;
  }
  EXPECT_GT(pools, 0) << "the busy programs keep their connections";
}
