#include "core/config.h"

#include <ini.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace core {
namespace {

std::mutex g_mutex;
std::shared_ptr<const Config> g_config;

int on_value(void* user, const char* section, const char* name, const char* value) {
  static_cast<Config*>(user)->put(section, name, value);
  return 1;
}

}  // namespace

std::string config_path() {
  if (const char* p = std::getenv("YAOCAI_CONF"); p && *p) return p;
  return "conf/app.conf";
}

Config Config::load(const std::string& path) {
  Config c;
  c.path_ = path;
  int rc = ini_parse(path.c_str(), on_value, &c);
  if (rc < 0) throw std::runtime_error("cannot read configuration file " + path);
  if (rc > 0)
    throw std::runtime_error("configuration file " + path + ": syntax error on line " +
                             std::to_string(rc));
  return c;
}

const Config& Config::get() {
  std::lock_guard lock(g_mutex);
  if (!g_config) g_config = std::make_shared<const Config>(load(config_path()));
  return *g_config;
}

void Config::set(Config c) {
  std::lock_guard lock(g_mutex);
  g_config = std::make_shared<const Config>(std::move(c));
}

std::string Config::str(const std::string& section, const std::string& key,
                        const std::string& fallback) const {
  auto it = values_.find(section + "." + key);
  return it == values_.end() ? fallback : it->second;
}

long Config::num(const std::string& section, const std::string& key, long fallback) const {
  auto v = str(section, key);
  if (v.empty()) return fallback;
  try {
    return std::stol(v);
  } catch (const std::exception&) {
    throw std::runtime_error("configuration " + section + "." + key + " is not a number: " + v);
  }
}

bool Config::flag(const std::string& section, const std::string& key, bool fallback) const {
  auto v = str(section, key);
  if (v.empty()) return fallback;
  return v == "true" || v == "1" || v == "yes" || v == "on";
}

void Config::put(const std::string& section, const std::string& key, const std::string& value) {
  values_[section + "." + key] = value;
}

std::string base_url() {
  auto b = Config::get().str("site", "base_url", "http://127.0.0.1:8080");
  while (!b.empty() && b.back() == '/') b.pop_back();
  return b;
}

}  // namespace core
