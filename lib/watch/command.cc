#include "watch/command.h"

#include "core/clock.h"
#include "watch/clock.h"

namespace watch {

long long queue_command(db::Connection& db, const std::string& imei, const std::string& type,
                        const nlohmann::json& payload, long long user) {
  std::optional<long long> who;
  if (user) who = user;
  return static_cast<long long>(
      db.query("INSERT INTO watch_command (imei, type, payload, user_id, created_at)"
               " VALUES (?, ?, ?, ?, ?)",
               imei, type, payload.dump(), who, utc_sql(core::now()))
          .insert_id);
}

std::vector<Command> queued_commands(db::Connection& db, const std::string& imei) {
  std::vector<Command> out;
  for (const auto& row : db.query("SELECT id, imei, type, status, payload, created_at"
                                  " FROM watch_command WHERE imei = ? AND status = 'queued'"
                                  " ORDER BY id",
                                  imei)
                             .rows)
    out.push_back({row.i64(0), row.str(1), row.str(2), row.str(3),
                   nlohmann::json::parse(row.str(4), nullptr, false), row.str(5)});
  return out;
}

bool acknowledge(db::Connection& db, const std::string& imei, long long id) {
  return db.query(
               "UPDATE watch_command SET status = 'acked', acked_at = ?"
               " WHERE id = ? AND imei = ? AND status IN ('queued', 'sent')",
               utc_sql(core::now()), id, imei)
             .affected > 0;
}

}  // namespace watch
