// Positions (spec §5). ingest_fix() is the device side (watch/ingest.cc): it validates a fix,
// resolves a cell / Wi-Fi one through the geolocation service, stores it, counts it for its
// business day, thins it into the track and checks the circle's places. The rest reads for the app
// and admin.
#pragma once
#include <ctime>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "watch/device.h"
#include "watch/geolocation.h"

namespace watch {

inline constexpr int kTrackMinRadius = 200, kTrackMaxRadius = 500;
inline constexpr int kMaxPageSize = 50;

struct Fix {
  std::string imei;
  std::time_t time = 0;    // UTC, as the watch reported it
  bool gps_valid = false;  // the A/V flag of a UD frame
  double lat = 0, lon = 0;
  int accuracy = -1;  // metres; -1 unknown
  double speed = -1;  // km/h
  int course = -1, altitude = 0, satellites = -1, battery = -1;
  std::vector<Cell> cells;
  std::vector<WifiAp> wifi;
};

struct Position {
  long long id = 0;
  std::string source;  // gps | lbs
  bool resolved = true;
  LatLon at;
  int accuracy = -1;
  std::time_t fix_time = 0, received_at = 0;
  double speed = -1;
  int course = -1, battery = -1;
};

// Stores `fix`: BadRequest (and nothing stored) for a GPS fix with invalid coordinates or a
// fix that carries neither GPS nor any tower. Returns the stored position.
Position ingest_fix(db::Connection& db, const Fix& fix);

// Stores many fixes as ingest_fix stores each, in order, in one transaction (a savepoint inside
// the caller's) with a few multi-row statements: the gateway's batches. A fix ingest_fix would
// refuse is left out with the reason. Cell / Wi-Fi fixes are located first, so call it outside
// a transaction when the geolocation service may be slow. Positions of a batch of more than one
// fix carry no id.
struct Ingested {
  Position position;
  std::string refused;  // "" when stored
};
std::vector<Ingested> ingest_fixes(db::Connection& db, const std::vector<Fix>& fixes);

// The track radius a fix of this accuracy leaves behind: clamp(accuracy, 200, 500).
int track_radius(int accuracy);

// Reads for the app; each starts at the watch's bound_at, so a new family never sees the
// previous one's history.
std::optional<Position> latest_position(db::Connection& db, const Device& d);
std::vector<Position> positions(db::Connection& db, const Device& d, std::time_t from,
                                std::time_t to, int page, int num);

struct TrackPoint {
  LatLon at;
  int radius = 0;
  std::string source;
  std::time_t fix_time = 0;
};
// One business day's track, in time order.
std::vector<TrackPoint> track(db::Connection& db, const Device& d, const std::string& date);

struct DayCount {
  std::string day;
  int gps = 0, lbs = 0;
};
// Days with fixes between two business dates (inclusive), newest first.
std::vector<DayCount> day_counts(db::Connection& db, const Device& d, const std::string& from,
                                 const std::string& to);

nlohmann::json position_json(const Position& p);
nlohmann::json point_json(LatLon wgs);

}  // namespace watch
