// More clients than a program has threads, in bursts: every request waits in the socket's
// backlog for a free thread and gets its answer, and so does a request after the burst.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/support/http.h"

using testenv::Http;

TEST(Bursts, MoreClientsThanThreadsAllGetAnswers) {
  // /healthz: 2 processes x 2 threads.
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
    for (int i = 0; i < 8; ++i) EXPECT_EQ(Http().get("/healthz").status, 200);
  }
}
