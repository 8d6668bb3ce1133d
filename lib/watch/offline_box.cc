#include "watch/offline_box.h"

#include "core/clock.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/relay.h"

namespace watch {

std::vector<Command> offline_box(db::Connection& db, const std::string& imei) {
  std::vector<Command> out;
  for (const auto& row :
       db.query(std::string(kCommandColumns) + " WHERE imei = ? AND status = 'queued' ORDER BY id",
                imei)
           .rows)
    out.push_back(command_of(row));
  return out;
}

bool mark_sent(db::Connection& db, long long id) {
  return db.query(
               "UPDATE watch_command SET status = 'sent', sent_at = ?"
               " WHERE id = ? AND status = 'queued'",
               utc_sql(core::now()), id)
             .affected > 0;
}

bool acknowledge(db::Connection& db, const std::string& imei, long long id) {
  return db.query(
               "UPDATE watch_command SET status = 'acked', acked_at = ?, box_key = NULL"
               " WHERE id = ? AND imei = ? AND status IN ('queued', 'sent')",
               utc_sql(core::now()), id, imei)
             .affected > 0;
}

long long acknowledge_frame(db::Connection& db, const std::string& imei, const std::string& frame) {
  std::string types;
  std::vector<db::Param> params{imei};
  for (const auto& t : command_types())
    if (frame == t.frame) {
      types += types.empty() ? "?" : ", ?";
      params.emplace_back(std::string(t.name));
    }
  if (types.empty()) return 0;
  // Two gateways never hold one watch, but a retry may race: the guarded UPDATE decides.
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto oldest = db.exec(
        "SELECT id FROM watch_command WHERE imei = ? AND status = 'sent'"
        " AND type IN (" +
            types + ") ORDER BY id LIMIT 1",
        params);
    if (oldest.empty()) return 0;
    long long id = oldest.one().i64(0);
    if (acknowledge(db, imei, id)) return id;
  }
  return 0;
}

int return_unacknowledged(db::Connection& db, const std::string& imei) {
  // A sent setting without its slot was superseded: the newer one is what the watch needs.
  std::string in_order;
  std::vector<db::Param> params{imei};
  for (const auto& t : command_types())
    if (t.coalesce == Coalesce::kInOrder) {
      in_order += in_order.empty() ? "?" : ", ?";
      params.emplace_back(std::string(t.name));
    }
  return db::transact(db, [&](db::Transaction& tx) {
    db.query("SELECT imei FROM watch_device WHERE imei = ? FOR UPDATE", imei);
    db.exec(
        "UPDATE watch_command SET status = 'replaced' WHERE imei = ? AND status = 'sent'"
        " AND box_key IS NULL AND type NOT IN (" +
            in_order + ")",
        params);
    auto back = db.query(
        "UPDATE watch_command SET status = 'queued', sent_at = NULL"
        " WHERE imei = ? AND status = 'sent'",
        imei);
    tx.commit();
    return static_cast<int>(back.affected);
  });
}

void announce(redis::Client& r, const std::string& imei) { relay_announce(r, imei); }

}  // namespace watch
