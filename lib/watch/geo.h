// Plane geometry on the earth, pure functions: distances for track thinning and geofences,
// and the GCJ-02 datum every Chinese map (AMap, Tencent) draws in. Watches report WGS-84.
#pragma once

namespace watch {

struct LatLon {
  double lat = 0, lon = 0;
};

// True for lat in [-90, 90] and lon in [-180, 180] (and not NaN).
bool valid_coordinates(double lat, double lon);
// Great-circle distance in metres.
double distance_m(LatLon a, LatLon b);
// WGS-84 → GCJ-02; points outside mainland China are returned unchanged, as the datum does.
LatLon to_gcj02(LatLon wgs);
// GCJ-02 → WGS-84 by iteration (what a geolocation service answers in), within centimetres.
LatLon from_gcj02(LatLon gcj);

}  // namespace watch
