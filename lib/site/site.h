// What the admin sets for the whole site: settings (title, description, keywords, contact, ICP),
// partner logos (入驻企业, footer) and home page banners; plus the cached copy every page's
// layout reads (process memory, reloaded when the Redis version counter moves).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "redis/client.h"

namespace site {

struct Settings {
  std::string title, description, keywords, contact;
  std::string icp;  // ICP备案号 (e.g. 京ICP备12345678号-1), shown in the footer
};

struct Partner {
  long long id = 0;
  std::string name, link, logo;  // logo: image hash or ""
  int sort = 0;
  bool hidden = false;
};

struct Banner {
  long long id = 0;
  std::string title, link, image;  // image: image hash
  int sort = 0;
  bool hidden = false;
};

Settings load_settings(db::Connection& db);
// Saves every field; throws core::BadRequest for an over-long value.
void save_settings(db::Connection& db, const Settings& s);

// In display order (sort, then id); hidden ones only when asked.
std::vector<Partner> partners(db::Connection& db, bool with_hidden);
std::vector<Banner> banners(db::Connection& db, bool with_hidden);
std::optional<Partner> find_partner(db::Connection& db, long long id);
std::optional<Banner> find_banner(db::Connection& db, long long id);
// Insert (id 0) or update; returns the id. BadRequest for a missing name or a bad link.
long long save_partner(db::Connection& db, const Partner& p);
long long save_banner(db::Connection& db, const Banner& b);
bool remove_partner(db::Connection& db, long long id);
bool remove_banner(db::Connection& db, long long id);

// "" or an http(s) URL or a local path; anything else (javascript:, data:) is refused.
std::string checked_link(const std::string& link, const std::string& field);

// What the layout shows on every page: settings, visible partners and banners, as last read.
struct Snapshot {
  Settings settings;
  std::vector<Partner> partners;  // visible only
  std::vector<Banner> banners;    // visible only
};

// The cached snapshot: one Redis GET per call, the database only after a change. When Redis is
// down the last copy is used (or the database read directly).
std::shared_ptr<const Snapshot> snapshot(db::Connection& db, redis::Client& redis);
// Call after committing any change to settings, partners or banners (also discards the
// copies of public pages).
void changed(redis::Client& redis);

}  // namespace site
