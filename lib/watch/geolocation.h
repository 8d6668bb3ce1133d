// Resolving cell-tower / Wi-Fi fixes to coordinates through an AMap-compatible HTTP service
// (`[watch] geolocation_url`, `geolocation_key`): GET ?accesstype&imei&bts&nearbts&macs&key,
// answered {"status":"1","result":{"type":"4","location":"lon,lat","radius":"550"}} in
// GCJ-02. No URL configured, no answer or no result: the fix stays unresolved.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "watch/geo.h"

namespace watch {

struct Cell {
  int mcc = 460, mnc = 0;
  long long lac = 0, cell_id = 0;
  int signal = 0;  // dBm
};

struct WifiAp {
  std::string mac, ssid;
  int signal = 0;  // dBm
};

struct Located {
  LatLon wgs84;
  int accuracy = 0;  // metres
};

// The query string for a request (without the leading '?'); the first cell is the serving one.
std::string geolocation_query(const std::string& imei, const std::vector<Cell>& cells,
                              const std::vector<WifiAp>& wifi, const std::string& key);
// Reads an answer; nullopt when it carries no position.
std::optional<Located> parse_geolocation(const std::string& body);
// Asks the configured service; nullopt when none is configured or it gave no position.
std::optional<Located> geolocate(const std::string& imei, const std::vector<Cell>& cells,
                                 const std::vector<WifiAp>& wifi);

}  // namespace watch
