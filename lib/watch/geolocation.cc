#include "watch/geolocation.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/config.h"
#include "http/client.h"

namespace watch {

std::string geolocation_query(const std::string& imei, const std::vector<Cell>& cells,
                              const std::vector<WifiAp>& wifi, const std::string& key) {
  auto cell = [](const Cell& c) {
    return std::to_string(c.mcc) + "," + std::to_string(c.mnc) + "," + std::to_string(c.lac) + "," +
           std::to_string(c.cell_id) + "," + std::to_string(c.signal);
  };
  std::string q = "accesstype=" + std::string(wifi.empty() ? "0" : "1") +
                  "&imei=" + http::urlencode(imei) + "&cdma=0";
  if (!cells.empty()) {
    q += "&bts=" + http::urlencode(cell(cells[0]));
    std::string near;
    for (size_t i = 1; i < cells.size(); ++i) near += (near.empty() ? "" : "|") + cell(cells[i]);
    if (!near.empty()) q += "&nearbts=" + http::urlencode(near);
  }
  if (!wifi.empty()) {
    std::string macs;
    for (const auto& w : wifi)
      macs += (macs.empty() ? "" : "|") + w.mac + "," + std::to_string(w.signal) + "," + w.ssid;
    q += "&macs=" + http::urlencode(macs);
  }
  q += "&output=json&key=" + http::urlencode(key);
  return q;
}

namespace {

// AMap answers numbers as strings; compatible services may not.
std::string text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

}  // namespace

std::optional<Located> parse_geolocation(const std::string& body) {
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (!j.is_object() || text(j, "status") != "1") return std::nullopt;
  auto r = j.find("result");
  if (r == j.end() || !r->is_object()) return std::nullopt;
  std::string type = text(*r, "type");
  if (type.empty() || type == "0") return std::nullopt;
  std::string loc = text(*r, "location");
  auto comma = loc.find(',');
  if (comma == std::string::npos) return std::nullopt;
  char* end = nullptr;
  double lon = std::strtod(loc.c_str(), &end);
  if (end != loc.c_str() + comma) return std::nullopt;
  const char* lat_text = loc.c_str() + comma + 1;
  double lat = std::strtod(lat_text, &end);
  if (end == lat_text || *end != '\0' || !valid_coordinates(lat, lon)) return std::nullopt;
  Located out;
  out.wgs84 = from_gcj02({lat, lon});
  out.accuracy = std::atoi(text(*r, "radius").c_str());
  if (out.accuracy <= 0) out.accuracy = 1000;
  return out;
}

std::optional<Located> geolocate(const std::string& imei, const std::vector<Cell>& cells,
                                 const std::vector<WifiAp>& wifi) {
  const auto& conf = core::Config::get();
  std::string url = conf.str("watch", "geolocation_url");
  if (url.empty() || (cells.empty() && wifi.empty())) return std::nullopt;
  std::string query = geolocation_query(imei, cells, wifi, conf.str("watch", "geolocation_key"));
  auto reply = http::get(url + (url.find('?') == std::string::npos ? "?" : "&") + query,
                         conf.num("watch", "geolocation_timeout_ms", 3000));
  if (reply.status != 200) return std::nullopt;
  return parse_geolocation(reply.body);
}

}  // namespace watch
