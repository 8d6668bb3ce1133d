// The derived state of a purchase item and of a whole order, decided in this one place:
// the C++ label shown on pages and the SQL conditions the lists filter with.
#pragma once
#include <optional>
#include <string>

namespace market {

// Stored status values of purchase and purchase_item.
enum Stored { kClosed = 0, kOpen = 1, kSuccess = 3 };
inline constexpr int kOpenOrder = kOpen;

// The same values as SQL text, for conditions written into constant statements:
// "p.status = " STORED_OPEN reads as what it means and stays one compile-time string.
#define STORED_CLOSED "0"
#define STORED_OPEN "1"
#define STORED_SUCCESS "3"
static_assert(STORED_CLOSED[0] - '0' == kClosed && STORED_OPEN[0] - '0' == kOpen &&
              STORED_SUCCESS[0] - '0' == kSuccess);

// What visitors see: 1 等待报价, 2 报价结束, 3 采购成功, 0 关闭 (4 = 常年采购, open forever).
enum class State { Closed = 0, Open = 1, Ended = 2, Success = 3, Standing = 4 };

struct Status {
  State state;
  std::string label;  // 等待报价（剩余N天） / 常年采购 / 报价结束 / 采购成功 / 关闭
  bool quotable() const { return state == State::Open || state == State::Standing; }
  const char* css() const;  // a Bootstrap badge class
};

// `deadline` and `now` are "YYYY-MM-DD HH:MM:SS" in the business zone; no deadline = 常年采购.
Status derive(int stored, const std::optional<std::string>& deadline, const std::string& now);

// SQL conditions over purchase_item i JOIN purchase p for a status filter value from a form
// ("1" 等待报价, "2" 报价结束, "3" 采购成功, "0" 关闭); "" for no filter. Open and ended take one
// `?` (now), see item_state_needs_now.
std::string item_state_sql(const std::string& filter);
bool item_state_needs_now(const std::string& filter);
// Conditions over purchase_item i JOIN purchase p, each taking one `?` (now): the item waits
// for quotes (stored open, before the deadline or none); its deadline has passed.
#define ITEM_WAITING_SQL "i.status = " STORED_OPEN " AND (p.deadline IS NULL OR p.deadline > ?)"
#define ITEM_ENDED_SQL "i.status = " STORED_OPEN " AND p.deadline <= ?"
// Condition that an item accepts quotes at `?` (now): it and its order stored open, before the
// deadline.
#define ITEM_QUOTABLE_SQL                                  \
  "i.status = " STORED_OPEN " AND p.status = " STORED_OPEN \
  " AND (p.deadline IS NULL OR p.deadline > ?)"

}  // namespace market
