#include "watch/event.h"

#include <limits>

#include "core/clock.h"
#include "watch/clock.h"

namespace watch {

long long record_event(db::Connection& db, long long circle_id, const std::string& type,
                       const std::string& imei, long long user, const nlohmann::json& detail,
                       std::time_t when) {
  std::optional<std::string> device;
  if (!imei.empty()) device = imei;
  std::optional<long long> who;
  if (user) who = user;
  return static_cast<long long>(
      db.query("INSERT INTO watch_event (circle_id, type, imei, user_id, detail, created_at)"
               " VALUES (?, ?, ?, ?, ?, ?)",
               circle_id, type, device, who, detail.dump(), utc_sql(when ? when : core::now()))
          .insert_id);
}

nlohmann::json events(db::Connection& db, long long circle_id, long long before, int limit) {
  auto rows = db.query(
      "SELECT id, type, imei, user_id, detail, created_at FROM watch_event"
      " WHERE circle_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
      circle_id, before > 0 ? before : std::numeric_limits<long long>::max(), limit);
  auto out = nlohmann::json::array();
  for (const auto& row : rows.rows) {
    nlohmann::json e{{"id", row.i64(0)},
                     {"type", row.str(1)},
                     {"imei", row.null(2) ? nlohmann::json() : nlohmann::json(row.str(2))},
                     {"uid", row.null(3) ? nlohmann::json() : nlohmann::json(row.i64(3))},
                     {"detail", nlohmann::json::parse(row.str(4), nullptr, false)},
                     {"time", iso_of_sql(row.str(5))}};
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace watch
