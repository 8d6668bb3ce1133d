// Application configuration: an INI file (libinih) named by $YAOCAI_CONF, else conf/app.conf.
#pragma once
#include <map>
#include <string>

namespace core {

class Config {
 public:
  // Reads `path`; throws std::runtime_error naming the file and line on a parse error.
  static Config load(const std::string& path);
  // The process-wide configuration, loaded on first use.
  static const Config& get();
  // Replaces the process-wide configuration (tests, bin/yaocai --conf).
  static void set(Config c);

  std::string str(const std::string& section, const std::string& key,
                  const std::string& fallback = "") const;
  long num(const std::string& section, const std::string& key, long fallback) const;
  bool flag(const std::string& section, const std::string& key, bool fallback) const;
  void put(const std::string& section, const std::string& key, const std::string& value);
  const std::string& path() const { return path_; }

 private:
  std::map<std::string, std::string> values_;  // "section.key" -> value
  std::string path_;
};

// The site's public address ([site] base_url) without a trailing slash, for links that leave
// the page: share links, calendar feeds, WeChat callbacks and message links.
std::string base_url();

// The configuration file this process should read.
std::string config_path();

}  // namespace core
