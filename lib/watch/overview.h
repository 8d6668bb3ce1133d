// The family-watch service as support staff see it (/admin/watch): the dashboard's figures and
// searches over all watches and circles, which no app user may make.
#pragma once
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "db/connection.h"
#include "watch/circle.h"
#include "watch/device.h"

namespace watch {

struct Dashboard {
  long long watches = 0, online = 0, bound = 0, circles = 0, members = 0;
  long long events_24h = 0, waiting_commands = 0;
  std::vector<std::pair<std::string, long long>> events_by_type;  // last 24 h, most first
};
Dashboard dashboard(db::Connection& db, std::time_t now);

struct WatchRow {
  Device device;
  std::string circle_name;
};
// By IMEI (prefix), name, SIM phone or circle id; online first, then most recently seen.
// Returns up to `limit` + 1 rows so the page knows whether there is a next one.
std::vector<WatchRow> search_watches(db::Connection& db, const std::string& q, int limit,
                                     int offset);

struct CircleRow {
  Circle circle;
  long long members = 0, watches = 0;
  std::string created_at;
};
// By id, name, or a member's phone or name; newest first; `limit` + 1 rows.
std::vector<CircleRow> search_circles(db::Connection& db, const std::string& q, int limit,
                                      int offset);
// Any circle (staff need no membership); NotFound when there is none.
Circle any_circle(db::Connection& db, long long id);

}  // namespace watch
