// The watch API through nginx, part 2: fixes stored by the device side (watch::ingest_fix, as
// the gateway will call it), read back as location, history, track and day counts; places and
// their events; battery; members' own locations; geolocation through a fake service.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/error.h"
#include "db/connection.h"
#include "tests/support/fake_geolocation.h"
#include "tests/support/watch_app.h"
#include "watch/clock.h"
#include "watch/geo.h"
#include "watch/position.h"
#include "watch/report.h"

using nlohmann::json;
using testenv::App;

namespace {

json data(const testenv::HttpResponse& r) { return r.json().at("data"); }

// 2026-06-01 09:00 in Shanghai.
constexpr std::time_t kMorning = 1780275600;

// A circle with a watch that was bound long before the fixes the test sends.
struct Family : testenv::Family {
  Family() {
    db::local().query("UPDATE watch_device SET bound_at = '2026-01-01 00:00:00' WHERE imei = ?",
                      imei);
  }
  std::string device(const std::string& rest = "") { return "/v1/devices/" + imei + rest; }
  std::vector<std::string> event_types() {
    std::vector<std::string> out;
    for (const auto& e : data(parent.get("/v1/circles/" + circle + "/events?limit=50")))
      out.push_back(e["type"]);
    return out;
  }
  long long events_of(const std::string& type) {
    long long n = 0;
    for (const auto& t : event_types()) n += t == type;
    return n;
  }
};

watch::Position gps(const std::string& imei, std::time_t t, double lat, double lon,
                    int accuracy = -1) {
  watch::Fix f;
  f.imei = imei;
  f.time = t;
  f.gps_valid = true;
  f.lat = lat;
  f.lon = lon;
  f.accuracy = accuracy;
  return watch::ingest_fix(db::local(), f);
}

watch::Position lbs(const std::string& imei, std::time_t t) {
  watch::Fix f;
  f.imei = imei;
  f.time = t;
  f.cells.push_back({460, 0, 4301, 20986, -70});
  f.cells.push_back({460, 0, 4301, 20987, -85});
  f.wifi.push_back({"d8:c8:e9:8c:0b:35", "home", -60});
  return watch::ingest_fix(db::local(), f);
}

long long stored(const std::string& imei) {
  return db::local().query("SELECT COUNT(*) FROM watch_position WHERE imei = ?", imei).one().i64(0);
}

}  // namespace

TEST(WatchPositions, LatestIsByFixTimeNotArrival) {
  Family f;
  gps(f.imei, kMorning + 600, 39.91, 116.40);
  gps(f.imei, kMorning, 39.80, 116.30);  // a stored fix arriving late
  auto r = f.parent.get(f.device("/location"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(data(r)["time"], watch::iso(kMorning + 600));
  EXPECT_NEAR(data(r)["wgs84"]["lat"].get<double>(), 39.91, 1e-6);
  // The GCJ-02 twin is offset by a few hundred metres in Beijing, as every Chinese map expects.
  double shift =
      watch::distance_m({39.91, 116.40}, {data(r)["gcj02"]["lat"], data(r)["gcj02"]["lon"]});
  EXPECT_GT(shift, 100);
  EXPECT_LT(shift, 1000);
}

TEST(WatchPositions, HistoryIsARangeNewestFirstAtMost50APage) {
  Family f;
  for (int i = 0; i < 5; ++i) gps(f.imei, kMorning + i * 60, 39.9 + i * 0.01, 116.4);
  auto r = f.parent.get(f.device("/positions?from=" + watch::iso(kMorning + 60) +
                                 "&to=" + std::to_string(kMorning + 180)));
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(data(r).size(), 3u);
  EXPECT_EQ(data(r)[0]["time"], watch::iso(kMorning + 180));
  EXPECT_EQ(data(r)[2]["time"], watch::iso(kMorning + 60));
  auto page2 = f.parent.get(f.device("/positions?from=" + std::to_string(kMorning) +
                                     "&to=" + std::to_string(kMorning + 600) + "&num=2&page=2"));
  ASSERT_EQ(data(page2).size(), 2u);
  EXPECT_EQ(data(page2)[0]["time"], watch::iso(kMorning + 120));
  EXPECT_EQ(f.parent.get(f.device("/positions?num=50")).status, 200);
  auto big = f.parent.get(f.device("/positions?num=51"));
  EXPECT_EQ(big.status, 400);
  EXPECT_EQ(big.json()["field"], "num");
  EXPECT_EQ(f.parent.get(f.device("/positions?from=yesterday")).status, 400);
}

TEST(WatchPositions, BadCoordinatesAre400AndNothingIsStored) {
  Family f;
  EXPECT_THROW(gps(f.imei, kMorning, 91, 116.4), core::BadRequest);
  EXPECT_THROW(gps(f.imei, kMorning, 39.9, -180.5), core::BadRequest);
  watch::Fix nothing;
  nothing.imei = f.imei;
  nothing.time = kMorning;
  EXPECT_THROW(watch::ingest_fix(db::local(), nothing), core::BadRequest);
  EXPECT_EQ(stored(f.imei), 0);
  // The app's own location goes through the same rule.
  auto r = f.parent.post("/v1/me/location", {{"lat", 95.0}, {"lon", 116.4}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["field"], "lat");
  EXPECT_EQ(f.parent.post("/v1/me/location", {{"lat", "北京"}, {"lon", 116.4}}).status, 400);
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM watch_member_location WHERE user_id = ?", f.parent.uid)
                .one()
                .i64(0),
            0);
  auto place = f.parent.post("/v1/circles/" + f.circle + "/places",
                             {{"name", "家"}, {"lat", 39.9}, {"lon", 200.0}, {"radius", 100}});
  EXPECT_EQ(place.status, 400);
  EXPECT_EQ(f.parent
                .post("/v1/circles/" + f.circle + "/places",
                      {{"name", "家"}, {"lat", 39.9}, {"lon", 116.4}, {"radius", 20}})
                .status,
            400);
}

TEST(WatchTrack, ThinningKeepsFirstOfDayAndFixesOutsideTheRadius) {
  Family f;
  gps(f.imei, kMorning, 39.9000, 116.4, 30);         // first of the day: point, radius 200
  gps(f.imei, kMorning + 60, 39.9010, 116.4);        // ~111 m: inside, no point
  gps(f.imei, kMorning + 120, 39.9030, 116.4, 900);  // ~333 m: point, radius clamped to 500
  gps(f.imei, kMorning + 180, 39.9070, 116.4);       // ~444 m from the last: inside 500
  gps(f.imei, kMorning + 240, 39.9100, 116.4, 250);  // ~777 m: point, radius 250
  auto r = f.parent.get(f.device("/track?date=2026-06-01"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto pts = data(r)["points"];
  ASSERT_EQ(pts.size(), 3u) << r.body;
  EXPECT_EQ(pts[0]["radius"], 200);
  EXPECT_EQ(pts[1]["radius"], 500);
  EXPECT_EQ(pts[2]["radius"], 250);
  EXPECT_EQ(pts[0]["time"], watch::iso(kMorning));
  // Next day: its first fix is a point again, even at the same spot.
  gps(f.imei, kMorning + 86400, 39.9100, 116.4);
  EXPECT_EQ(data(f.parent.get(f.device("/track?date=2026-06-02")))["points"].size(), 1u);
  EXPECT_EQ(f.parent.get(f.device("/track?date=2026-13-01")).status, 400);
  EXPECT_EQ(watch::track_radius(-1), 200);
  EXPECT_EQ(watch::track_radius(320), 320);
  EXPECT_EQ(watch::track_radius(5000), 500);
}

// The gateway's batches: the same fixes in one watch::ingest_fixes call make the same track,
// counts, events and battery as one fix after the other; a bad fix is left out alone.
TEST(WatchTrack, ABatchOfFixesStoresWhatOneAfterTheOtherWould) {
  Family f;
  f.parent.post("/v1/circles/" + f.circle + "/places",
                {{"name", "学校"}, {"lat", 39.9100}, {"lon", 116.4}, {"radius", 100}});
  auto fix = [&](std::time_t t, double lat, int accuracy, int battery) {
    watch::Fix x;
    x.imei = f.imei;
    x.time = t;
    x.gps_valid = true;
    x.lat = lat;
    x.lon = 116.4;
    x.accuracy = accuracy;
    x.battery = battery;
    return x;
  };
  std::vector<watch::Fix> fixes{
      fix(kMorning, 39.9000, 30, 30),        fix(kMorning + 60, 39.9010, -1, 19),
      fix(kMorning + 90, 95.0, -1, 18),  // no such latitude
      fix(kMorning + 120, 39.9030, 900, 15), fix(kMorning + 180, 39.9070, -1, 26),
      fix(kMorning + 240, 39.9100, 250, 10)};
  auto out = watch::ingest_fixes(db::local(), fixes);
  ASSERT_EQ(out.size(), 6u);
  EXPECT_FALSE(out[2].refused.empty());
  for (size_t i : {0, 1, 3, 4, 5}) EXPECT_EQ(out[i].refused, "") << i;
  EXPECT_EQ(stored(f.imei), 5);
  auto pts = data(f.parent.get(f.device("/track?date=2026-06-01")))["points"];
  ASSERT_EQ(pts.size(), 3u) << pts.dump();
  EXPECT_EQ(pts[0]["radius"], 200);
  EXPECT_EQ(pts[1]["radius"], 500);
  EXPECT_EQ(pts[2]["radius"], 250);
  auto days = data(f.parent.get(f.device("/track/days?from=2026-06-01&to=2026-06-01")));
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0]["gps"], 5);
  EXPECT_EQ(f.events_of("low_battery"), 2) << "19 drops, 26 re-arms, 10 drops again";
  EXPECT_EQ(f.events_of("geofence_enter"), 1);
  EXPECT_EQ(data(f.parent.get(f.device()))["battery"], 10);
  // A later batch continues from the stored track: a fix inside the last point's radius adds
  // no point.
  watch::ingest_fixes(db::local(),
                      {fix(kMorning + 300, 39.9101, -1, 10), fix(kMorning + 360, 39.9102, -1, 10)});
  EXPECT_EQ(data(f.parent.get(f.device("/track?date=2026-06-01")))["points"].size(), 3u);
}

TEST(WatchTrack, DayCountsAreNewestFirst) {
  Family f;
  gps(f.imei, kMorning, 39.9, 116.4);
  gps(f.imei, kMorning + 60, 39.9, 116.4);
  lbs(f.imei, kMorning + 120);  // no geolocation service: kept unresolved, still counted
  gps(f.imei, kMorning + 86400, 39.9, 116.4);
  // 16:30 UTC on the 2nd is 00:30 on the 3rd in Shanghai: days are business dates.
  gps(f.imei, kMorning + 86400 + 15 * 3600 + 1800, 39.9, 116.4);
  auto r = f.parent.get(f.device("/track/days?from=2026-05-30&to=2026-06-05"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto d = data(r);
  ASSERT_EQ(d.size(), 3u) << r.body;
  EXPECT_EQ(d[0]["date"], "2026-06-03");
  EXPECT_EQ(d[1]["date"], "2026-06-02");
  EXPECT_EQ(d[2]["date"], "2026-06-01");
  EXPECT_EQ(d[2]["gps"], 2);
  EXPECT_EQ(d[2]["lbs"], 1);
}

TEST(WatchPlaces, GeofenceEntersOnceNothingInsideExitsOnceAndLbsNeverTriggers) {
  testenv::FakeGeolocation geo;
  Family f;
  auto made = f.parent.post("/v1/circles/" + f.circle + "/places",
                            {{"name", "学校"}, {"lat", 39.9}, {"lon", 116.4}, {"radius", 200}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(f.parent
                .post("/v1/circles/" + f.circle + "/places",
                      {{"name", "学校"}, {"lat", 39.8}, {"lon", 116.4}, {"radius", 200}})
                .status,
            409);
  gps(f.imei, kMorning, 39.92, 116.4);  // 2 km away: outside, nothing to report
  EXPECT_EQ(f.events_of("geofence_enter") + f.events_of("geofence_exit"), 0);
  gps(f.imei, kMorning + 60, 39.9005, 116.4);
  gps(f.imei, kMorning + 120, 39.9008, 116.4);
  gps(f.imei, kMorning + 180, 39.9001, 116.4);
  EXPECT_EQ(f.events_of("geofence_enter"), 1);
  EXPECT_EQ(f.events_of("geofence_exit"), 0);
  // A cell fix resolved right outside and back inside changes nothing.
  auto outside = watch::to_gcj02({39.93, 116.4});
  geo.answer(outside.lat, outside.lon, 550);
  auto p = lbs(f.imei, kMorning + 200);
  EXPECT_TRUE(p.resolved);
  EXPECT_NEAR(p.at.lat, 39.93, 1e-4);  // stored in WGS-84
  EXPECT_EQ(f.events_of("geofence_exit"), 0);
  gps(f.imei, kMorning + 240, 39.92, 116.4);
  gps(f.imei, kMorning + 300, 39.93, 116.4);
  EXPECT_EQ(f.events_of("geofence_enter"), 1);
  EXPECT_EQ(f.events_of("geofence_exit"), 1);
  auto e = data(f.parent.get("/v1/circles/" + f.circle + "/events?limit=1"));
  EXPECT_EQ(e[0]["type"], "geofence_exit");
  EXPECT_EQ(e[0]["detail"]["place"], "学校");
  auto list = data(f.parent.get("/v1/circles/" + f.circle + "/places"));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(f.parent
                .del("/v1/circles/" + f.circle + "/places/" +
                     std::to_string(list[0]["id"].get<long long>()))
                .status,
            200);
  EXPECT_TRUE(data(f.parent.get("/v1/circles/" + f.circle + "/places")).empty());
}

TEST(WatchPositions, CellFixesResolveThroughTheServiceOrStayUnresolved) {
  Family f;
  auto kept = lbs(f.imei, kMorning);
  EXPECT_FALSE(kept.resolved);
  auto shown = data(f.parent.get(f.device("/location")));
  EXPECT_EQ(shown["resolved"], false);
  EXPECT_TRUE(shown["wgs84"].is_null());
  {
    testenv::FakeGeolocation geo;
    auto at = lbs(f.imei, kMorning + 60);
    EXPECT_TRUE(at.resolved);
    EXPECT_EQ(at.accuracy, 550);
    ASSERT_EQ(geo.queries().size(), 1u);
    auto q = geo.queries()[0];
    EXPECT_NE(q.find("imei=" + f.imei), std::string::npos) << q;
    EXPECT_NE(q.find("bts=460%2C0%2C4301%2C20986%2C-70"), std::string::npos) << q;
    EXPECT_NE(q.find("macs="), std::string::npos) << q;
    geo.answer_nothing();
    EXPECT_FALSE(lbs(f.imei, kMorning + 120).resolved);
  }
  auto latest = data(f.parent.get(f.device("/location")));
  EXPECT_EQ(latest["resolved"], true);
  EXPECT_EQ(latest["source"], "lbs");
  auto hist = data(f.parent.get(f.device("/positions?from=" + std::to_string(kMorning) +
                                         "&to=" + std::to_string(kMorning + 600))));
  ASSERT_EQ(hist.size(), 3u);
  EXPECT_EQ(hist[0]["resolved"], false);
}

TEST(WatchMembers, LocationOfAMemberWhoDoesNotShareIs403) {
  App mum, dad, stranger;
  std::string circle = mum.new_circle("我家", "妈妈");
  auto code = data(mum.post("/v1/circles/" + circle + "/invite"))["code"].get<std::string>();
  ASSERT_EQ(dad.post("/v1/circles/join", {{"code", code}, {"name", "爸爸"}}).status, 201);
  ASSERT_EQ(dad.post("/v1/me/location", {{"lat", 31.23}, {"lon", 121.47}, {"accuracy", 30}}).status,
            200);
  std::string url = "/v1/circles/" + circle + "/members/" + std::to_string(dad.uid) + "/location";
  auto seen = mum.get(url);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_NEAR(data(seen)["wgs84"]["lat"].get<double>(), 31.23, 1e-6);
  ASSERT_EQ(dad.patch("/v1/circles/" + circle + "/members/me", {{"share_location", false}}).status,
            200);
  auto hidden = mum.get(url);
  EXPECT_EQ(hidden.status, 403) << hidden.body;
  EXPECT_EQ(dad.get(url).status, 200);  // always visible to oneself
  EXPECT_EQ(stranger.get(url).status, 404);
}

TEST(WatchBattery, LowBatteryOncePerDropAndAgainOnlyAfterRisingAbove25) {
  Family f;
  for (int level : {30, 19, 15, 22, 18, 25, 12}) watch::heartbeat(db::local(), f.imei, {level});
  EXPECT_EQ(f.events_of("low_battery"), 1);
  watch::heartbeat(db::local(), f.imei, {26});
  watch::heartbeat(db::local(), f.imei, {10});
  watch::heartbeat(db::local(), f.imei, {9});
  EXPECT_EQ(f.events_of("low_battery"), 2);
  EXPECT_EQ(data(f.parent.get(f.device()))["battery"], 9);
}

// The gateway's batches of keep-alives: as one after the other.
TEST(WatchBattery, ABatchOfKeepAlivesAppliesTheRuleInOrderAndKeepsTheLastLevel) {
  Family a, b;
  long long online = a.events_of("online");
  watch::went_offline(db::local(), a.imei);
  std::vector<watch::Beat> beats;
  for (int level : {30, 19, 15, 26, 10}) {
    beats.push_back({a.imei, {level, level * 100}});
    beats.push_back({b.imei, {50}});
  }
  watch::heartbeats(db::local(), beats);
  EXPECT_EQ(a.events_of("low_battery"), 2);
  EXPECT_EQ(a.events_of("online"), online + 1) << "offline, then online once";
  EXPECT_EQ(a.events_of("offline"), 1);
  EXPECT_EQ(b.events_of("low_battery"), 0);
  auto d = data(a.parent.get(a.device()));
  EXPECT_EQ(d["battery"], 10);
  EXPECT_EQ(d["online"], true);
  EXPECT_EQ(db::local().query("SELECT steps FROM watch_device WHERE imei = ?", a.imei).one().i64(0),
            1000);
}

TEST(WatchStatus, OnlineAndOfflineAreEventsExactlyOnce) {
  Family f;
  int online = static_cast<int>(f.events_of("online"));
  watch::went_offline(db::local(), f.imei);
  watch::went_offline(db::local(), f.imei);
  watch::heartbeat(db::local(), f.imei, {});
  watch::heartbeat(db::local(), f.imei, {});
  EXPECT_EQ(f.events_of("offline"), 1);
  EXPECT_EQ(f.events_of("online"), online + 1);
  EXPECT_EQ(data(f.parent.get(f.device()))["online"], true);
  // Silent for more than twice its heartbeat: offline.
  EXPECT_GE(watch::sweep_silent(db::local(), core::now() + 2 * 300 + 5), 1);
  EXPECT_EQ(f.events_of("offline"), 2);
  EXPECT_EQ(data(f.parent.get(f.device()))["online"], false);
}
