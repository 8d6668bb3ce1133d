#include "market/page_cache.h"

#include <exception>

namespace market {
namespace {

constexpr const char* kTtlSeconds = "60";

// The page's key under the current generation; throws when Redis is down.
std::string page_key(redis::Client& r, const std::string& uri) {
  auto gen = r.cmd({"GET", r.key("market:gen")});
  return r.key("market:page:" + (gen.nil() ? std::string("0") : gen.str) + ":" + uri);
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
