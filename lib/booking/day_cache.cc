#include "booking/day_cache.h"

#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_map>

#include "core/config.h"
#include "core/token.h"

namespace booking {

namespace {

// Both versions and the entry they name, in one round trip. false (nil) when absent. When the
// entry starts with the token the caller holds (ARGV[2]), only the versions: its copy is good.
const char kRead[] = R"lua(
local all = redis.call('GET', KEYS[1]) or '0'
local day = redis.call('GET', KEYS[2]) or '0'
local key = ARGV[1] .. ':' .. all .. ':' .. day
if ARGV[2] ~= '' and redis.call('GETRANGE', key, 0, #ARGV[2] - 1) == ARGV[2] then
  return {all, day}
end
return {all, day, redis.call('GET', key)}
)lua";

constexpr size_t kTokenSize = 32;  // core::random_hex(16)

// This process's decoded days by entry name (prefix, database, date), each with its token.
struct Held {
  std::string token;
  std::shared_ptr<const Day> day;
};
std::mutex g_held_mutex;
std::unordered_map<std::string, Held> g_held;

Held held(const std::string& entry) {
  std::lock_guard lock(g_held_mutex);
  auto it = g_held.find(entry);
  return it == g_held.end() ? Held{} : it->second;
}

void hold(const std::string& entry, Held h) {
  std::lock_guard lock(g_held_mutex);
  if (g_held.size() >= 256 && !g_held.count(entry)) g_held.clear();  // a bound, rarely reached
  g_held[entry] = std::move(h);
}

// A fresh version from one counter that never goes back, so no value is ever reused (not even
// after a date's version key has expired). ARGV[1]: seconds the version key lives, 0 = always.
const char kBump[] = R"lua(
local v = redis.call('INCR', KEYS[1])
if tonumber(ARGV[1]) > 0 then
  redis.call('SET', KEYS[2], v, 'EX', ARGV[1])
else
  redis.call('SET', KEYS[2], v)
end
return v
)lua";

std::string encode(const Day& d) {
  auto rooms = nlohmann::json::array();
  for (const auto& r : d.rooms) rooms.push_back({r.id, r.name, r.capacity, r.location});
  auto booked = nlohmann::json::array();
  for (const auto& b : d.booked) booked.push_back({b.room, b.hour, b.user, b.name, b.subject});
  return nlohmann::json{{"rooms", std::move(rooms)}, {"booked", std::move(booked)}}.dump();
}

// An entry is the token followed by the JSON.
Day decode(const std::string& s) {
  if (s.size() < kTokenSize) throw std::runtime_error("entry without token");
  auto j = nlohmann::json::parse(s.begin() + kTokenSize, s.end());
  Day d;
  for (const auto& r : j.at("rooms")) {
    Room room;
    room.id = r.at(0).get<long long>();
    room.name = r.at(1).get<std::string>();
    room.capacity = r.at(2).get<int>();
    room.location = r.at(3).get<std::string>();
    d.rooms.push_back(std::move(room));
  }
  for (const auto& b : j.at("booked"))
    d.booked.push_back({b.at(0).get<long long>(), b.at(1).get<int>(), b.at(2).get<long long>(),
                        b.at(3).get<std::string>(),
                        b.size() > 4 ? b.at(4).get<std::string>() : std::string()});
  return d;
}

}  // namespace

DayCache::DayCache(redis::Client& r, db::Connection& db)
    : r_(r),
      db_(db),
      db_name_(db.settings().name),
      ttl_(core::Config::get().num("booking", "cache_ttl", 600)) {}

Day DayCache::day(const std::string& date) { return *shared_day(date); }

std::shared_ptr<const Day> DayCache::shared_day(const std::string& date) {
  std::string entry = ns("grid:" + date);
  std::string versions;
  try {
    Held h = held(entry);
    auto v = r_.cmd({"EVAL", kRead, "2", ns("all"), ns("day:" + date), entry, h.token});
    if (v.items.size() == 2 && h.day) return h.day;
    if (v.items.size() == 3) {
      versions = ":" + v.items[0].str + ":" + v.items[1].str;
      if (!v.items[2].nil()) {
        auto d = std::make_shared<const Day>(decode(v.items[2].str));
        hold(entry, {v.items[2].str.substr(0, kTokenSize), d});
        return d;
      }
    }
  } catch (const std::exception& e) {  // Redis down or a damaged entry: the database answers
    std::cerr << "booking cache: read " << date << ": " << e.what() << "\n";
  }
  auto d = std::make_shared<const Day>(load_day(db_, date));
  // Stored under the versions read BEFORE the query: if a change committed meanwhile, its
  // bump already made these versions old.
  if (!versions.empty()) try {
      std::string token = core::random_hex(kTokenSize / 2);
      r_.cmd({"SET", entry + versions, token + encode(*d), "EX", std::to_string(ttl_)});
      hold(entry, {std::move(token), d});
    } catch (const std::exception& e) {
      std::cerr << "booking cache: store " << date << ": " << e.what() << "\n";
    }
  return d;
}

std::optional<std::string> DayCache::version(const std::string& date) {
  try {
    auto v = r_.cmd({"MGET", ns("all"), ns("day:" + date)});
    if (v.items.size() != 2) return std::nullopt;
    auto part = [](const auto& item) { return item.nil() ? std::string("0") : item.str; };
    return part(v.items[0]) + ":" + part(v.items[1]);
  } catch (const std::exception& e) {
    std::cerr << "booking cache: version " << date << ": " << e.what() << "\n";
    return std::nullopt;
  }
}

void DayCache::bump(const std::string& version_key, long ttl) {
  try {
    r_.cmd({"EVAL", kBump, "2", ns("seq"), version_key, std::to_string(ttl)});
  } catch (const std::exception& e) {
    // The change is committed; entries expire within ttl_ at the latest.
    std::cerr << "booking cache: invalidate " << version_key << ": " << e.what() << "\n";
  }
}

// When a date's version key expires, readers fall back to version 0; entries stored under 0
// before the first change must be gone by then. They live ttl_ after a (slow) reader stored
// them, so the version lives ttl_ plus two days of slack after its last change.
void DayCache::changed(const std::string& date) { bump(ns("day:" + date), ttl_ + 2 * 86400); }

void DayCache::changed_all() { bump(ns("all"), 0); }

}  // namespace booking
