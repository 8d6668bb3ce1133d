#include "watch/uplink.h"

#include <charconv>
#include <cstdlib>
#include <ctime>

namespace watch {
namespace {

bool to_long(const std::string& s, long long& v, int base = 10) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
  return ec == std::errc() && p == s.data() + s.size();
}

bool to_double(const std::string& s, double& v) {
  // strtod accepts hex and inf/nan; watches send plain decimals only.
  if (s.empty() || s.size() > 24 || s.find_first_not_of(" -+.0123456789") != std::string::npos)
    return false;
  char* end = nullptr;
  v = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

int int_or(const std::string& s, int fallback) {
  long long v;
  return to_long(s, v) && v >= -1000000 && v <= 1000000 ? static_cast<int>(v) : fallback;
}

// ddmmyy + hhmmss, UTC.
std::time_t utc_time(const std::string& date, const std::string& time) {
  long long d, t;
  if (date.size() != 6 || time.size() != 6 || !to_long(date, d) || !to_long(time, t)) return 0;
  std::tm tm{};
  tm.tm_mday = static_cast<int>(d / 10000);
  tm.tm_mon = static_cast<int>(d / 100 % 100) - 1;
  tm.tm_year = static_cast<int>(d % 100) + 100;
  tm.tm_hour = static_cast<int>(t / 10000);
  tm.tm_min = static_cast<int>(t / 100 % 100);
  tm.tm_sec = static_cast<int>(t % 100);
  if (tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_hour > 23 ||
      tm.tm_min > 59 || tm.tm_sec > 60)
    return 0;
  return timegm(&tm);
}

}  // namespace

std::optional<KeepAlive> decode_lk(const Frame& f) {
  if (f.type != "LK") return std::nullopt;
  KeepAlive k;
  k.heartbeat.vendor = f.vendor;
  auto v = f.fields();
  if (v.size() >= 3) {
    long long steps;
    if (to_long(v[0], steps) && steps >= 0) k.heartbeat.steps = steps;
    k.tumbles = int_or(v[1], -1);
    int battery = int_or(v[2], -1);
    if (battery >= 0 && battery <= 100) k.heartbeat.battery = battery;
  }
  return k;
}

Alarm alarm_of_status(unsigned status) {
  auto bit = [&](int b) { return ((status >> b) & 1u) != 0; };
  Alarm a;
  a.sos = bit(16);
  a.low_battery = bit(0) || bit(17);
  a.strap_removed = bit(20);
  a.fall = bit(21) || bit(22);
  return a;
}

std::optional<Report> decode_report(const Frame& f) {
  if (f.type != "UD" && f.type != "UD2" && f.type != "AL") return std::nullopt;
  auto v = f.fields();
  if (v.size() < 16) return std::nullopt;
  Report r;
  Fix& x = r.fix;
  x.imei = f.imei;
  x.time = utc_time(v[0], v[1]);
  if (!x.time) return std::nullopt;
  if (v[2] != "A" && v[2] != "V") return std::nullopt;
  x.gps_valid = v[2] == "A";
  double lat, lon;
  if (!to_double(v[3], lat) || !to_double(v[5], lon)) return std::nullopt;
  if (v[4] == "S") lat = -lat;
  if (v[6] == "W") lon = -lon;
  x.lat = lat;
  x.lon = lon;
  double d;
  if (to_double(v[7], d) && d >= 0) x.speed = d;
  if (to_double(v[8], d) && d >= 0 && d < 360) x.course = static_cast<int>(d);
  if (to_double(v[9], d) && d > -10000 && d < 100000) x.altitude = static_cast<int>(d);
  x.satellites = int_or(v[10], -1);
  int battery = int_or(v[12], -1);
  if (battery >= 0 && battery <= 100) x.battery = battery;
  long long steps;
  if (to_long(v[13], steps) && steps >= 0) r.steps = steps;
  long long status;
  if (!to_long(v[15], status, 16) || status < 0 || status > 0xFFFFFFFFLL) return std::nullopt;
  r.status = static_cast<unsigned>(status);
  r.alarm = alarm_of_status(r.status);
  // Towers: count, timing advance, mcc, mnc, then lac, cid, signal per tower.
  std::size_t i = 16;
  auto at = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < v.size() ? v[k] : none;
  };
  long long cells = 0;
  if (i < v.size() && to_long(at(i), cells) && cells >= 0 && cells <= 16) {
    i += 2;  // count, timing advance
    if (cells > 0) {
      int mcc = int_or(at(i), 460), mnc = int_or(at(i + 1), 0);
      i += 2;
      for (long long c = 0; c < cells && i + 1 < v.size(); ++c, i += 3) {
        Cell cell;
        cell.mcc = mcc;
        cell.mnc = mnc;
        long long lac, cid;
        if (!to_long(at(i), lac) || !to_long(at(i + 1), cid)) return std::nullopt;
        cell.lac = lac;
        cell.cell_id = cid;
        cell.signal = int_or(at(i + 2), 0);
        x.cells.push_back(cell);
      }
    }
  }
  long long wifis = 0;
  if (i < v.size() && to_long(at(i), wifis) && wifis > 0 && wifis <= 32) {
    ++i;
    for (long long w = 0; w < wifis && i + 1 < v.size(); ++w, i += 3) {
      WifiAp ap;
      ap.ssid = at(i);
      ap.mac = at(i + 1);
      ap.signal = int_or(at(i + 2), 0);
      if (ap.mac.empty()) return std::nullopt;
      x.wifi.push_back(ap);
    }
  }
  return r;
}

std::optional<std::string> decode_voice(const Frame& f) {
  if (f.type != "TK") return std::nullopt;
  auto body = f.body();
  if (body.size() <= 1) return std::nullopt;  // "TK,1" is the answer to our own voice
  return std::string(body);
}

}  // namespace watch
