#include "tests/support/race.h"

#include <atomic>
#include <thread>
#include <vector>

namespace testenv {

Tally race(int n, const std::function<Ended(int i)>& client) {
  std::atomic<int> won{0}, lost{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i)
    threads.emplace_back([&, i] {
      switch (client(i)) {
        case Ended::kWon: ++won; break;
        case Ended::kLost: ++lost; break;
        case Ended::kOther: ++other; break;
      }
    });
  for (auto& t : threads) t.join();
  return {won.load(), lost.load(), other.load()};
}

Ended by_status(int status, int won, int lost) {
  return status == won ? Ended::kWon : status == lost ? Ended::kLost : Ended::kOther;
}

}  // namespace testenv
