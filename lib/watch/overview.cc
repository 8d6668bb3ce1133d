#include "watch/overview.h"

#include "core/error.h"
#include "core/text.h"
#include "db/into.h"
#include "watch/clock.h"

namespace watch {

namespace {

std::string contains(const std::string& q) { return "%" + core::like_literal(q) + "%"; }

long long count(db::Connection& db, const std::string& sql) { return db.query(sql).one().i64(0); }

}  // namespace

Dashboard dashboard(db::Connection& db, std::time_t now) {
  Dashboard d;
  auto devices =
      db.query("SELECT COUNT(*), COALESCE(SUM(online), 0), COUNT(circle_id) FROM watch_device");
  d.watches = devices.one().i64(0);
  d.online = devices.one().i64(1);
  d.bound = devices.one().i64(2);
  d.circles = count(db, "SELECT COUNT(*) FROM watch_circle");
  d.members = count(db, "SELECT COUNT(*) FROM watch_member");
  d.waiting_commands =
      count(db, "SELECT COUNT(*) FROM watch_command WHERE status IN ('queued', 'sent')");
  for (const auto& r : db.query("SELECT type, COUNT(*) AS n FROM watch_event"
                                " WHERE created_at >= ? GROUP BY type ORDER BY n DESC, type",
                                utc_sql(now - 24 * 3600))
                           .rows) {
    d.events_by_type.emplace_back(r.str(0), r.i64(1));
    d.events_24h += r.i64(1);
  }
  return d;
}

std::vector<WatchRow> search_watches(db::Connection& db, const std::string& raw, int limit,
                                     int offset) {
  std::string q = core::trim(raw);
  std::string like = contains(q);
  long long circle = core::digits(q, 10, 10) ? std::stoll(q) : -1;
  std::vector<WatchRow> out;
  for (const auto& r :
       db.query(
             "SELECT d.imei, COALESCE(c.name, '') FROM watch_device d"
             " LEFT JOIN watch_circle c ON c.id = d.circle_id"
             " WHERE ? = '' OR d.imei LIKE ? OR d.name LIKE ? OR d.phone LIKE ? OR d.circle_id = ?"
             " ORDER BY d.online DESC, d.last_seen_at DESC, d.imei LIMIT ? OFFSET ?",
             q, core::like_literal(q) + "%", like, like, circle, limit + 1, offset)
           .rows)
    if (auto d = find_device(db, r.str(0))) out.push_back({*d, r.str(1)});
  return out;
}

std::vector<CircleRow> search_circles(db::Connection& db, const std::string& raw, int limit,
                                      int offset) {
  std::string q = core::trim(raw);
  std::string like = contains(q);
  long long id = core::digits(q, 10, 10) ? std::stoll(q) : -1;
  return db::all(db.query("SELECT c.id, c.name, c.created_by, c.created_at,"
                          " (SELECT COUNT(*) FROM watch_member m WHERE m.circle_id = c.id),"
                          " (SELECT COUNT(*) FROM watch_device d WHERE d.circle_id = c.id)"
                          " FROM watch_circle c WHERE ? = '' OR c.id = ? OR c.name LIKE ? OR EXISTS"
                          " (SELECT 1 FROM watch_member m WHERE m.circle_id = c.id"
                          "  AND (m.phone LIKE ? OR m.name LIKE ?))"
                          " ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?",
                          q, id, like, like, like, limit + 1, offset),
                 [](const db::Row& r) {
                   CircleRow c;
                   db::into(r, c.circle.id, c.circle.name, c.circle.created_by, c.created_at,
                            c.members, c.watches);
                   return c;
                 });
}

Circle any_circle(db::Connection& db, long long id) {
  auto c = db::first(db.query("SELECT id, name, created_by FROM watch_circle WHERE id = ?", id),
                     db::as<Circle>(&Circle::id, &Circle::name, &Circle::created_by));
  if (!c) throw core::NotFound("家庭圈不存在");
  return *c;
}

}  // namespace watch
