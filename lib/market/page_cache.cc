#include "market/page_cache.h"

#include <exception>

#include "site/site.h"

namespace market {
namespace {

constexpr const char* kTtlSeconds = "60";

// The page's key under the current marketplace generation and site version (the layout's
// settings and partner logos are part of the cached HTML); throws when Redis is down.
std::string page_key(redis::Client& r, const std::string& uri) {
  auto v = r.cmd({"MGET", r.key("market:gen"), site::version_key(r)});
  auto part = [&](size_t i) {
    return i < v.items.size() && !v.items[i].nil() ? v.items[i].str : std::string("0");
  };
  return r.key("market:page:" + part(0) + "." + part(1) + ":" + uri);
}

}  // namespace

std::string cached_list_page(redis::Client& r, const std::string& uri) {
  try {
    auto v = r.cmd({"GET", page_key(r, uri)});
    return v.nil() ? "" : v.str;
  } catch (const std::exception&) {
    return "";  // the database answers instead
  }
}

void store_list_page(redis::Client& r, const std::string& uri, const std::string& html) {
  try {
    r.cmd({"SET", page_key(r, uri), html, "EX", kTtlSeconds});
  } catch (const std::exception&) {
  }
}

void lists_changed(redis::Client& r) {
  try {
    r.cmd({"INCR", r.key("market:gen")});
  } catch (const std::exception&) {
    // Without Redis nothing is cached either; pages expire within the TTL anyway.
  }
}

}  // namespace market
