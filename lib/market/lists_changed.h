// Anonymous views of the marketplace's public pages (/, /purchases, /suppliers, route option
// `public`) are kept as files nginx serves (core/page_copy.h). Anything that writes
// purchases, items or quotes calls lists_changed() after its commit, so the change shows on
// the very next request; what only time changes (a deadline passing) shows within ten
// seconds.
#pragma once

namespace market {

// Every copy of a public page, and every cached count (market/count_cache.h), is stale from
// now on.
void lists_changed();

}  // namespace market
