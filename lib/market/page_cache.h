// Anonymous views of the list pages (/ and /purchases) cached whole in Redis, keyed by a
// generation number that every marketplace write raises after it commits (and the site's
// version, raised by admin changes to settings and partners), so a change shows on the very
// next request. A short TTL bounds what only time changes (deadlines passing).
// Anything that writes purchases, items or quotes must call lists_changed() after commit.
#pragma once
#include <string>

#include "redis/client.h"

namespace market {

// The cached HTML for `uri`, or "" (a miss, or Redis unavailable).
std::string cached_list_page(redis::Client& r, const std::string& uri);
void store_list_page(redis::Client& r, const std::string& uri, const std::string& html);
// Raises the generation: every cached list page is stale from now on.
void lists_changed(redis::Client& r);

}  // namespace market
