// Many clients at once, as every race test starts them: `n` threads, each making one attempt
// (`client(i)`) and saying how it ended; the tally counts winners, losers and anything else, so
// a test asserts "exactly one won, the rest lost, nothing else happened".
#pragma once
#include <functional>

namespace testenv {

enum class Ended { kWon, kLost, kOther };

struct Tally {
  int won = 0, lost = 0, other = 0;
};

Tally race(int n, const std::function<Ended(int i)>& client);

// kWon for the status `won`, kLost for `lost`, kOther for any other.
Ended by_status(int status, int won = 200, int lost = 409);

}  // namespace testenv
