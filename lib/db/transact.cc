#include "db/transact.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

namespace db {

void pause_before_retry(int attempt) {
  thread_local std::minstd_rand rng(std::random_device{}());
  // 2..10 ms after the first refusal, up to 2..40 ms before the last attempt.
  int top = 10 * std::min(attempt, 4);
  std::uniform_int_distribution<int> ms(2, top);
  std::this_thread::sleep_for(std::chrono::milliseconds(ms(rng)));
}

}  // namespace db
