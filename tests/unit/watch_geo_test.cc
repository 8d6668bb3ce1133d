// Pure watch functions: distances, the GCJ-02 datum, geolocation requests and answers, times.
#include <gtest/gtest.h>

#include <cmath>

#include "watch/clock.h"
#include "watch/geo.h"
#include "watch/geolocation.h"

TEST(WatchGeo, DistanceOfOneThousandthDegreeOfLatitudeIsAbout111Metres) {
  EXPECT_NEAR(watch::distance_m({39.9, 116.4}, {39.901, 116.4}), 111.2, 0.5);
  EXPECT_DOUBLE_EQ(watch::distance_m({39.9, 116.4}, {39.9, 116.4}), 0);
}

TEST(WatchGeo, Gcj02ShiftsChinaAndRoundTripsWithinCentimetres) {
  watch::LatLon tiananmen{39.908823, 116.397470};
  auto g = watch::to_gcj02(tiananmen);
  EXPECT_GT(watch::distance_m(tiananmen, g), 100);
  auto back = watch::from_gcj02(g);
  EXPECT_LT(watch::distance_m(tiananmen, back), 0.05);
  watch::LatLon paris{48.8566, 2.3522};
  EXPECT_DOUBLE_EQ(watch::to_gcj02(paris).lat, paris.lat);
}

TEST(WatchGeo, CoordinatesOutsideTheirRangesAreInvalid) {
  EXPECT_TRUE(watch::valid_coordinates(-90, 180));
  EXPECT_FALSE(watch::valid_coordinates(90.0001, 0));
  EXPECT_FALSE(watch::valid_coordinates(0, -180.5));
  EXPECT_FALSE(watch::valid_coordinates(NAN, 0));
}

TEST(WatchGeolocation, AnswersWithoutAPositionGiveNothing) {
  EXPECT_FALSE(watch::parse_geolocation("not json"));
  EXPECT_FALSE(watch::parse_geolocation(R"({"status":"0","info":"INVALID_USER_KEY"})"));
  EXPECT_FALSE(watch::parse_geolocation(R"({"status":"1","result":{"type":"0"}})"));
  EXPECT_FALSE(watch::parse_geolocation(R"({"status":"1","result":{"type":"4","location":"x"}})"));
  EXPECT_FALSE(
      watch::parse_geolocation(R"({"status":"1","result":{"type":"4","location":"200,39.9"}})"));
  auto ok = watch::parse_geolocation(
      R"({"status":"1","result":{"type":"4","location":"116.403874,39.914889","radius":"550"}})");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->accuracy, 550);
  // The answer is GCJ-02; what we keep is WGS-84, a few hundred metres away.
  EXPECT_GT(watch::distance_m(ok->wgs84, {39.914889, 116.403874}), 100);
}

TEST(WatchGeolocation, RequestNamesServingAndNearbyCellsAndWifi) {
  auto q = watch::geolocation_query("863000000000001",
                                    {{460, 0, 4301, 20986, -70}, {460, 0, 4301, 20987, -85}},
                                    {{"d8:c8:e9:8c:0b:35", "家里", -60}}, "k&y");
  EXPECT_NE(q.find("accesstype=1"), std::string::npos) << q;
  EXPECT_NE(q.find("bts=460%2C0%2C4301%2C20986%2C-70"), std::string::npos) << q;
  EXPECT_NE(q.find("nearbts=460%2C0%2C4301%2C20987%2C-85"), std::string::npos) << q;
  EXPECT_NE(q.find("key=k%26y"), std::string::npos) << q;
}

TEST(WatchClock, TimesParseAsIsoUtcOrEpochSeconds) {
  EXPECT_EQ(watch::parse_time("2026-06-01T01:00:00Z"), 1780275600);
  EXPECT_EQ(watch::parse_time("1780275600"), 1780275600);
  EXPECT_FALSE(watch::parse_time("2026-06-01 01:00:00"));
  EXPECT_FALSE(watch::parse_time("2026-13-01T01:00:00Z"));
  EXPECT_FALSE(watch::parse_time(""));
  EXPECT_EQ(watch::iso(1780275600), "2026-06-01T01:00:00Z");
  EXPECT_EQ(watch::from_utc_sql(watch::utc_sql(1780275600)), 1780275600);
}
