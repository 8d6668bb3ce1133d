#include "watch/command.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "db/into.h"
#include "db/transact.h"
#include "watch/clock.h"
#include "watch/offline_box.h"
#include "watch/relay.h"

namespace watch {

namespace {

// Messages beyond the newest kBoxMessages still waiting leave the box unsent.
void trim_messages(db::Connection& db, const std::string& imei) {
  auto oldest_kept = db.query(
      "SELECT id FROM watch_command WHERE imei = ? AND status = 'queued' AND box_key IS NULL"
      " ORDER BY id DESC LIMIT 1 OFFSET ?",
      imei, kBoxMessages - 1);
  if (oldest_kept.empty()) return;
  db.query(
      "UPDATE watch_command SET status = 'expired' WHERE imei = ? AND status = 'queued'"
      " AND box_key IS NULL AND id < ?",
      imei, oldest_kept.one().i64(0));
}

}  // namespace

Command command_of(const db::Row& row) {
  Command c;
  db::into(row, c.id, c.imei, c.type, c.status, db::skip, c.user_id, c.created_at, c.sent_at,
           c.acked_at);
  c.payload = nlohmann::json::parse(row.str(4), nullptr, false);
  return c;
}

const std::vector<CommandType>& command_types() {
  // The bind code is shown on the watch's screen like a text message.
  static const std::vector<CommandType> types{
      {"locate", "CR", Coalesce::kJoin},       {"message", "MESSAGE", Coalesce::kInOrder},
      {"voice", "TK", Coalesce::kInOrder},     {"story", "TK", Coalesce::kInOrder},
      {"phonebook", "PHB", Coalesce::kNewest}, {"sos", "SOS", Coalesce::kNewest},
      {"alarms", "REMIND", Coalesce::kNewest}, {"lowbat", "LOWBAT", Coalesce::kNewest},
      {"upload", "UPLOAD", Coalesce::kNewest}, {"poweroff", "POWEROFF", Coalesce::kNewest},
      {"reset", "RESET", Coalesce::kNewest},   {"bindcode", "MESSAGE", Coalesce::kNewest},
  };
  return types;
}

const CommandType* command_type(const std::string& name) {
  for (const auto& t : command_types())
    if (name == t.name) return &t;
  return nullptr;
}

Command queue_command(db::Connection& db, const std::string& imei, const std::string& type,
                      const nlohmann::json& payload, long long user) {
  const CommandType* t = command_type(type);
  if (!t) throw core::BadRequest("不支持的指令类型", "type");
  std::optional<std::string> slot;
  if (t->coalesce != Coalesce::kInOrder) slot = type;
  std::optional<long long> who;
  if (user) who = user;
  // Inside a caller's transaction (a message to every watch) this is its savepoint.
  long long id = db::transact(db, [&](db::Transaction& tx) -> long long {
    if (db.query("SELECT imei FROM watch_device WHERE imei = ? FOR UPDATE", imei).empty())
      throw core::NotFound("没有找到这块手表");
    if (t->coalesce == Coalesce::kJoin) {
      auto pending =
          db.query("SELECT id FROM watch_command WHERE imei = ? AND box_key = ?", imei, type);
      if (!pending.empty()) {
        tx.commit();
        return pending.one().i64(0);
      }
    }
    if (t->coalesce == Coalesce::kNewest)
      // A queued older one leaves the box; one already on its way stays sent (its
      // acknowledgement still counts) but gives up the slot.
      db.query(
          "UPDATE watch_command SET status = IF(status = 'queued', 'replaced', status),"
          " box_key = NULL WHERE imei = ? AND box_key = ?",
          imei, type);
    auto made = static_cast<long long>(
        db.query("INSERT INTO watch_command (imei, type, payload, box_key, user_id, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)",
                 imei, type, payload.dump(), slot, who, utc_sql(core::now()))
            .insert_id);
    if (t->coalesce == Coalesce::kInOrder) trim_messages(db, imei);
    tx.commit();
    return made;
  });
  return *find_command(db, id);
}

Sent send_command(db::Connection& db, redis::Client& r, const std::string& imei,
                  const std::string& type, const nlohmann::json& payload, long long user) {
  return deliver(db, r, queue_command(db, imei, type, payload, user));
}

Sent deliver(db::Connection& db, redis::Client& r, const Command& c) {
  return deliver(db, r, std::vector<Command>{c}).front();
}

std::vector<Sent> deliver(db::Connection& db, redis::Client& r, const std::vector<Command>& cs) {
  using namespace std::chrono;
  // The gateway holding each watch (watch/relay.h) writes its box and pushes the watch's
  // answer; one wait budget for all, so a message to several watches waits no longer.
  auto until =
      steady_clock::now() + milliseconds(core::Config::get().num("watch", "command_wait_ms", 3000));
  std::vector<Sent> out;
  for (const auto& c : cs) {
    Sent s{c};
    auto left = duration_cast<milliseconds>(until - steady_clock::now()).count();
    if (relay_deliver(c.imei, c.id, static_cast<int>(std::max<long long>(left, 0)))) {
      s.delivered = true;
      s.command = *find_command(db, c.id);
    }
    out.push_back(s);
  }
  return out;
}

std::optional<Command> find_command(db::Connection& db, long long id) {
  return db::first(db.query(WATCH_COMMAND_SELECT " WHERE id = ?", id), command_of);
}

std::vector<Command> command_log(db::Connection& db, const std::string& imei, long long before,
                                 int limit) {
  return db::all(
      db.query(WATCH_COMMAND_SELECT " WHERE imei = ? AND id < ? ORDER BY id DESC LIMIT ?", imei,
               before > 0 ? before : std::numeric_limits<long long>::max(), limit),
      command_of);
}

nlohmann::json command_json(const Command& c) {
  auto when = [](const std::string& s) {
    return s.empty() ? nlohmann::json() : nlohmann::json(iso_of_sql(s));
  };
  nlohmann::json payload = c.payload;
  // The bind code is for the watch's screen: the app must type what it sees there.
  if (c.type == "bindcode") payload = nlohmann::json::object();
  return {{"id", c.id},
          {"type", c.type},
          {"status", c.status},
          {"payload", payload},
          {"created_at", when(c.created_at)},
          {"sent_at", when(c.sent_at)},
          {"acked_at", when(c.acked_at)}};
}

}  // namespace watch
