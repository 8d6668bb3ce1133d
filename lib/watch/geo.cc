#include "watch/geo.h"

#include <cmath>

namespace watch {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kEarthRadius = 6371008.8;  // mean radius, metres
// Krasovsky 1940 ellipsoid, which the GCJ-02 offset is defined on.
constexpr double kA = 6378245.0;
constexpr double kEE = 0.00669342162296594323;

bool outside_china(LatLon p) {
  return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

double shift_lat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double shift_lon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}

}  // namespace

bool valid_coordinates(double lat, double lon) {
  return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 &&
         lon <= 180;
}

double distance_m(LatLon a, LatLon b) {
  double p1 = a.lat * kPi / 180, p2 = b.lat * kPi / 180;
  double dp = p2 - p1, dl = (b.lon - a.lon) * kPi / 180;
  double h = std::sin(dp / 2) * std::sin(dp / 2) +
             std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

LatLon to_gcj02(LatLon w) {
  if (outside_china(w)) return w;
  double dlat = shift_lat(w.lon - 105.0, w.lat - 35.0);
  double dlon = shift_lon(w.lon - 105.0, w.lat - 35.0);
  double rad = w.lat / 180.0 * kPi;
  double magic = 1 - kEE * std::sin(rad) * std::sin(rad);
  double sq = std::sqrt(magic);
  dlat = (dlat * 180.0) / ((kA * (1 - kEE)) / (magic * sq) * kPi);
  dlon = (dlon * 180.0) / (kA / sq * std::cos(rad) * kPi);
  return {w.lat + dlat, w.lon + dlon};
}

LatLon from_gcj02(LatLon g) {
  if (outside_china(g)) return g;
  LatLon w = g;
  for (int i = 0; i < 10; ++i) {
    LatLon back = to_gcj02(w);
    double dlat = back.lat - g.lat, dlon = back.lon - g.lon;
    w.lat -= dlat;
    w.lon -= dlon;
    if (std::fabs(dlat) < 1e-9 && std::fabs(dlon) < 1e-9) break;
  }
  return w;
}

}  // namespace watch
