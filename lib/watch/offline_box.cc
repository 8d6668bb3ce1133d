#include "watch/offline_box.h"

#include "core/clock.h"
#include "db/into.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/relay.h"

namespace watch {

std::vector<Command> offline_box(db::Connection& db, const std::string& imei, long long limit) {
  return db::all(
      db.query(WATCH_COMMAND_SELECT " WHERE imei = ? AND status = 'queued' ORDER BY id LIMIT ?",
               imei, limit),
      command_of);
}

bool mark_sent(db::Connection& db, long long id) {
  return db.query(
               "UPDATE watch_command SET status = 'sent', sent_at = ?"
               " WHERE id = ? AND status = 'queued'",
               utc_sql(core::now()), id)
             .affected > 0;
}

bool expire(db::Connection& db, long long id) {
  return db.query("UPDATE watch_command SET status = 'expired' WHERE id = ? AND status = 'queued'",
                  id)
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
  return db::transact(db, [&](db::Transaction& tx) {
    db.query("SELECT imei FROM watch_device WHERE imei = ? FOR UPDATE", imei);
    std::vector<long long> sent;
    for (const auto& row :
         db.query("SELECT id FROM watch_command WHERE imei = ? AND status = 'sent'", imei).rows)
      sent.push_back(row.i64(0));
    int back = return_unacknowledged(db, imei, sent);
    tx.commit();
    return back;
  });
}

int return_unacknowledged(db::Connection& db, const std::string& imei,
                          const std::vector<long long>& sent) {
  if (sent.empty()) return 0;
  return db::transact(db, [&](db::Transaction& tx) {
    db.query("SELECT imei FROM watch_device WHERE imei = ? FOR UPDATE", imei);
    int back = 0;
    for (long long id : sent) {
      auto c = db.query(
          "SELECT type, box_key IS NULL FROM watch_command"
          " WHERE id = ? AND imei = ? AND status = 'sent'",
          id, imei);
      if (c.empty()) continue;
      // A sent setting without its slot was superseded: the newer one is what the watch needs.
      const auto* type = command_type(c.one().str(0));
      bool superseded = c.one().i64(1) && !(type && type->coalesce == Coalesce::kInOrder);
      db.query(superseded
                   ? "UPDATE watch_command SET status = 'replaced' WHERE id = ?"
                   : "UPDATE watch_command SET status = 'queued', sent_at = NULL WHERE id = ?",
               id);
      back += !superseded;
    }
    tx.commit();
    return back;
  });
}

void announce(redis::Client& r, const std::string& imei) { relay_announce(r, imei); }

}  // namespace watch
