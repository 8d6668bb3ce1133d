// The family-watch service for support staff (admin, support): GET /admin/watch (dashboard),
// /admin/watch/watches?q&page (search), /admin/watch/watches/{imei}?date= (status, circle,
// battery, the day's track on a map, command queue and log), POST …/{imei}/command (send one)
// and POST …/{imei}/unbind. Every POST is audited.
#include <algorithm>
#include <sstream>

#include "cgi-bin/admin/page.h"
#include "cgi-bin/admin/watch_audit_entry.h"
#include "cgi-bin/admin/watch_labels.h"
#include "core/clock.h"
#include "core/config.h"
#include "watch/audit.h"
#include "watch/clock.h"
#include "watch/command.h"
#include "watch/command_payload.h"
#include "watch/geo.h"
#include "watch/overview.h"
#include "watch/position.h"
#include "web/form_error.h"

namespace {

constexpr int kPageSize = 30;
constexpr const char* kPrefix = "/admin/watch/watches/";

void dashboard(web::Request& req, web::Response& res) {
  web::Page page(&req, "admin/watch_dashboard.tpl", "手表概览");
  admin_ui::menu(req, page, "watch");
  auto& d = page.dict();
  auto s = watch::dashboard(req.db(), core::now());
  d.SetIntValue("WATCHES", s.watches);
  d.SetIntValue("ONLINE", s.online);
  d.SetIntValue("BOUND", s.bound);
  d.SetIntValue("CIRCLES", s.circles);
  d.SetIntValue("MEMBERS", s.members);
  d.SetIntValue("EVENTS", s.events_24h);
  d.SetIntValue("WAITING", s.waiting_commands);
  for (const auto& [type, n] : s.events_by_type) {
    auto* e = d.AddSectionDictionary("EVENT_TYPE");
    e->SetValue("TYPE", admin_ui::event_label(type));
    e->SetIntValue("COUNT", n);
  }
  web::render(res, page);
}

void fill_device(ctemplate::TemplateDictionary* d, const watch::Device& w) {
  d->SetValue("IMEI", w.imei);
  d->SetValue("NAME", w.name.empty() ? "（未命名）" : w.name);
  d->SetValue("PHONE", w.phone);
  d->ShowSection(w.online ? "ONLINE" : "OFFLINE");
  // ctemplate has no inverted sections: each "else" is a section of its own.
  if (w.battery >= 0)
    d->SetValueAndShowSection("BATTERY", std::to_string(w.battery), "HAS_BATTERY");
  else
    d->ShowSection("NO_BATTERY");
  d->SetValue("LAST_SEEN", w.last_seen.empty() ? "从未" : watch::local_of_sql(w.last_seen));
  if (w.circle_id)
    d->SetValueAndShowSection("CIRCLE_ID", std::to_string(w.circle_id), "IN_CIRCLE");
  else
    d->ShowSection("UNBOUND");
}

void watches(web::Request& req, web::Response& res) {
  web::Page page(&req, "admin/watch_watches.tpl", "手表");
  admin_ui::menu(req, page, "watch_watches");
  auto& d = page.dict();
  std::string q = req.param("q");
  int p = std::max(1, admin_ui::to_int(req.param("page"), 1));
  d.SetValue("Q", q);
  auto rows = watch::search_watches(req.db(), q, kPageSize, (p - 1) * kPageSize);
  bool more = rows.size() > static_cast<size_t>(kPageSize);
  if (more) rows.pop_back();
  for (const auto& r : rows) {
    auto* o = d.AddSectionDictionary("WATCH");
    fill_device(o, r.device);
    o->SetValue("CIRCLE_NAME", r.circle_name);
  }
  if (rows.empty()) d.ShowSection("NONE");
  if (p > 1) d.SetValueAndShowSection("PREV", std::to_string(p - 1), "HAS_PREV");
  if (more) d.SetValueAndShowSection("NEXT", std::to_string(p + 1), "HAS_NEXT");
  web::render(res, page);
}

// The tile server's origin for the page's CSP: "https://{s}.tile.osm.org/…" →
// "https://*.tile.osm.org".
std::string tile_origin(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  size_t end = url.find('/', scheme + 3);
  std::string origin = url.substr(0, end);
  size_t s = origin.find("{s}");
  if (s != std::string::npos) origin.replace(s, 3, "*");
  return origin;
}

watch::Device device_of(const std::string& imei) {
  auto d = watch::find_device(db::local(), imei);
  if (!d) throw core::NotFound("没有找到这块手表");
  return *d;
}

void detail(web::Request& req, web::Response& res, const std::string& imei,
            const core::Error* error) {
  auto w = device_of(imei);
  web::Page page(&req, "admin/watch_watch.tpl", "手表 " + imei);
  admin_ui::menu(req, page, "watch_watches");
  auto& d = page.dict();
  fill_device(&d, w);
  if (error) web::show_error(d, *error);
  std::string sent = req.param("sent");
  if (sent == "delivered") d.ShowSection("DELIVERED");
  if (sent == "queued") d.ShowSection("QUEUED");
  if (w.circle_id) {
    auto c = watch::any_circle(req.db(), w.circle_id);
    d.SetValue("CIRCLE_NAME", c.name);
  }
  if (auto at = watch::latest_position(req.db(), w)) {
    auto* p = d.AddSectionDictionary("LATEST");
    p->SetValue("AT", watch::local_of_sql(watch::utc_sql(at->fix_time)));
    p->SetValue("SOURCE", at->source == "gps" ? "GPS" : "基站/Wi-Fi");
    if (at->resolved) {
      std::ostringstream ll;
      ll.precision(6);
      ll << std::fixed << at->at.lat << ", " << at->at.lon;
      p->SetValue("LATLON", ll.str());
    } else {
      p->SetValue("LATLON", "未解析");
    }
  }
  // The day's track, as JSON in a data attribute for htdocs/js/admin_watch_map.js.
  std::string date = req.param("date");
  if (!core::valid_date(date)) date = core::today();
  d.SetValue("DATE", date);
  const auto& conf = core::Config::get();
  std::string tiles = conf.str("watch", "tile_url");
  bool gcj = conf.str("watch", "tile_datum", "wgs84") == "gcj02";
  auto points = nlohmann::json::array();
  for (const auto& t : watch::track(req.db(), w, date)) {
    auto at = gcj ? watch::to_gcj02(t.at) : t.at;
    points.push_back({{"lat", at.lat},
                      {"lon", at.lon},
                      {"r", t.radius},
                      {"t", watch::local_of_sql(watch::utc_sql(t.fix_time)).substr(11)}});
  }
  d.SetValue("POINTS", points.dump());
  d.SetIntValue("POINT_COUNT", static_cast<long>(points.size()));
  d.SetValue("TILE_URL", tiles);
  if (!tiles.empty()) res.allow_images_from(tile_origin(tiles));
  page.stylesheet("/javascript/leaflet/leaflet.css");
  page.script("/javascript/leaflet/leaflet.js");
  page.script("/js/admin_watch_map.js");
  for (const auto& c : watch::command_log(req.db(), imei, 0, 30)) {
    auto* o =
        d.AddSectionDictionary(c.status == "queued" || c.status == "sent" ? "WAITING" : "DONE_CMD");
    o->SetIntValue("ID", c.id);
    o->SetValue("TYPE", admin_ui::command_label(c.type));
    o->SetValue("STATUS", admin_ui::command_status_label(c.status));
    o->SetValue("AT", watch::local_of_sql(c.created_at));
    o->SetValue("ACKED", watch::local_of_sql(c.acked_at));
    o->SetValue("PAYLOAD", c.type == "bindcode" ? "" : c.payload.dump());
  }
  for (const auto& type : watch::requestable_commands()) {
    auto* o = d.AddSectionDictionary("TYPE");
    o->SetValue("VALUE", type);
    o->SetValue("LABEL", admin_ui::command_label(type));
    if (error && req.arg("type") == type) o->ShowSection("SELECTED");
  }
  if (error) {
    d.SetValue("F_TEXT", req.arg("text"));
    d.SetValue("F_NUMBERS", req.arg("numbers"));
    d.SetValue("F_INTERVAL", req.arg("interval"));
  }
  for (const auto& e : watch::audit_log(req.db(), {imei, "", 0, 10}))
    admin_ui::fill_audit_entry(d.AddSectionDictionary("AUDIT"), e);
  web::render(res, page, error ? error->status : 200);
}

// The send form's fields as the JSON the payload rules read.
nlohmann::json form_fields(web::Request& req) {
  nlohmann::json j = nlohmann::json::object();
  if (!req.arg("text").empty()) j["text"] = req.arg("text");
  std::string numbers = req.arg("numbers");
  if (!numbers.empty()) {
    j["numbers"] = nlohmann::json::array();
    std::string one;
    for (char c : numbers + ",") {
      if (c == ',' || c == ' ' || c == '\n' || c == '\r') {
        if (!one.empty()) j["numbers"].push_back(one);
        one.clear();
      } else {
        one += c;
      }
    }
  }
  j["on"] = req.arg("on") == "1";
  std::string interval = req.arg("interval");
  if (!interval.empty()) j["interval"] = admin_ui::to_int(interval, 0);
  return j;
}

void command(web::Request& req, web::Response& res, const std::string& imei, const auth::User& me) {
  auto w = device_of(imei);
  std::string type = req.arg("type");
  try {
    const auto& allowed = watch::requestable_commands();
    if (std::find(allowed.begin(), allowed.end(), type) == allowed.end())
      throw core::BadRequest("请选择指令", "type");
    auto payload = watch::command_payload(req.db(), w, type, form_fields(req));
    auto sent = watch::send_command(req.db(), req.redis(), imei, type, payload, me.id);
    watch::audit(req.db(), me.id, "admin", "command", imei, w.circle_id,
                 type + " #" + std::to_string(sent.command.id));
    res.redirect(kPrefix + imei + "?sent=" + (sent.delivered ? "delivered" : "queued"));
  } catch (const core::BadRequest& e) {
    detail(req, res, imei, &e);
  }
}

void unbind(web::Request& req, web::Response& res, const std::string& imei, const auth::User& me) {
  auto w = device_of(imei);
  if (!w.circle_id) return res.redirect(kPrefix + imei);
  watch::unbind(req.db(), w.circle_id, me.id, imei);
  watch::audit(req.db(), me.id, "admin", "unbind", imei, w.circle_id, w.name);
  res.redirect("/admin/watch/circles/" + std::to_string(w.circle_id) + "?done=1");
}

}  // namespace

int main() {
  return web::serve([](web::Request& req, web::Response& res) {
    const auto& me = admin_ui::require_watch_support(req);
    const std::string& path = req.path();
    if (path == "/admin/watch") {
      if (req.is_post()) throw core::MethodNotAllowed();
      return dashboard(req, res);
    }
    if (path == "/admin/watch/watches") {
      if (req.is_post()) throw core::MethodNotAllowed();
      return watches(req, res);
    }
    if (path.rfind(kPrefix, 0) != 0) throw core::NotFound();
    std::string rest = path.substr(std::string(kPrefix).size());
    std::string imei = rest.substr(0, rest.find('/'));
    if (!watch::valid_imei(imei)) throw core::NotFound();
    rest = rest.substr(imei.size());
    if (rest.empty()) {
      if (req.is_post()) throw core::MethodNotAllowed();
      return detail(req, res, imei, nullptr);
    }
    if (!req.is_post()) throw core::MethodNotAllowed();
    if (rest == "/command") return command(req, res, imei, me);
    if (rest == "/unbind") return unbind(req, res, imei, me);
    throw core::NotFound();
  });
}
