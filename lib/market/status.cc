#include "market/status.h"

#include <ctime>

#include "market/clock.h"

namespace market {

const char* Status::css() const {
  switch (state) {
    case State::Open: return "bg-success";
    case State::Standing: return "bg-info text-dark";
    case State::Ended: return "bg-secondary";
    case State::Success: return "bg-warning text-dark";
    default: return "bg-dark";
  }
}

Status derive(int stored, const std::optional<std::string>& deadline, const std::string& now) {
  if (stored == kClosed) return {State::Closed, "关闭"};
  if (stored == kSuccess) return {State::Success, "采购成功"};
  if (!deadline) return {State::Standing, "常年采购"};
  if (*deadline <= now) return {State::Ended, "报价结束"};
  long secs = static_cast<long>(parse_datetime(*deadline) - parse_datetime(now));
  long days = (secs + 86399) / 86400;
  if (days < 1) days = 1;
  return {State::Open, "等待报价（剩余" + std::to_string(days) + "天）"};
}

std::string item_state_sql(const std::string& filter) {
  if (filter == "1") return ITEM_WAITING_SQL;
  if (filter == "2") return ITEM_ENDED_SQL;
  if (filter == "3") return "i.status = " STORED_SUCCESS;
  if (filter == "0") return "i.status = " STORED_CLOSED;
  return "";
}

bool item_state_needs_now(const std::string& filter) { return filter == "1" || filter == "2"; }

}  // namespace market
