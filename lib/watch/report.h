// What a watch reports besides positions (the device side; part 2's gateway calls these for
// each LK and AL frame, tests and the demo call them directly). Transitions are decided by
// guarded UPDATEs, so each online/offline change and each low-battery drop is one event even
// when frames race.
#pragma once
#include <ctime>
#include <string>
#include <vector>

#include "db/connection.h"

namespace watch {

// Below this a low_battery event fires, once; it re-arms only after the level rose above
// kBatteryRearm.
inline constexpr int kBatteryLow = 20;
inline constexpr int kBatteryRearm = 25;

struct Heartbeat {
  int battery = -1;      // percent; -1 not reported
  long long steps = -1;  // today's steps; -1 not reported
  std::string vendor;    // 3G, SG, CS ...; "" keeps the stored one
};

// A keep-alive (LK): the watch exists from now on, is online, and reported these values.
void heartbeat(db::Connection& db, const std::string& imei, const Heartbeat& hb);
// Many keep-alives at once, as heartbeat() for each in order, in one transaction (a savepoint
// inside the caller's) with a few multi-row statements: the gateway's batches, where a storm of
// reconnecting watches would otherwise cost a handful of statements each.
struct Beat {
  std::string imei;
  Heartbeat heartbeat;
};
void heartbeats(db::Connection& db, const std::vector<Beat>& beats);
// The connection closed: offline, with an event if it was online.
void went_offline(db::Connection& db, const std::string& imei);
// Watches that said nothing for 2 × their heartbeat go offline; returns how many.
int sweep_silent(db::Connection& db, std::time_t now);
// Applies the low-battery rule to a reported level.
void battery_level(db::Connection& db, const std::string& imei, int percent);
// True when a level (0-100) changes the low-battery state `low` of a watch: below kBatteryLow
// while not low, above kBatteryRearm while low. Else battery_level only stores the level.
inline bool battery_crosses(int percent, bool low) {
  return low ? percent > kBatteryRearm : percent < kBatteryLow;
}

// Status bits of an AL frame that matter to a family.
struct Alarm {
  bool sos = false, low_battery = false, strap_removed = false, fall = false;
};
// One event per raised bit (sos, strap_removed, fall); low battery goes through the rule.
// `position_id` is the fix the alarm came with (0: none).
void alarm(db::Connection& db, const std::string& imei, const Alarm& a, long long position_id,
           int battery = -1);

}  // namespace watch
