// What a watch's frames say (spec §5), decoded from a Frame's fields into lib/watch's own
// types. Pure functions: the gateway calls them, unit tests and fuzzers reach them directly.
// Field layouts follow the common kids'-watch protocol as Traccar documents it.
#pragma once
#include <optional>
#include <string>

#include "watch/frame.h"
#include "watch/position.h"
#include "watch/report.h"

namespace watch {

// LK: `LK` or `LK,steps,tumbles,battery`.
struct KeepAlive {
  Heartbeat heartbeat;
  int tumbles = -1;
};
std::optional<KeepAlive> decode_lk(const Frame& f);

// UD (live), UD2 (stored while offline), AL (alarm): date ddmmyy, time hhmmss (UTC), A/V, lat,
// N/S, lon, E/W, speed km/h, course, altitude, satellites, GSM signal, battery, steps,
// tumbles, status bits (hex), then `cells,ta,mcc,mnc,(lac,cid,signal)*cells`,
// `wifis,(ssid,mac,signal)*wifis`.
struct Report {
  Fix fix;
  long long steps = -1;
  unsigned status = 0;
  Alarm alarm;  // from the status bits
};
// nullopt when the fields do not make a report (the frame is logged and dropped).
std::optional<Report> decode_report(const Frame& f);
// The alarm bits of a status word: SOS bit 16, low battery 0 or 17, strap removed 20, fall 21
// or 22.
Alarm alarm_of_status(unsigned status);

// TK: `TK,<AMR bytes>` — a voice message from the watch; nullopt for an empty one.
std::optional<std::string> decode_voice(const Frame& f);

}  // namespace watch
