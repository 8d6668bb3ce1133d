#include "market/lists_changed.h"

#include "core/page_copy.h"
#include "market/count_cache.h"
#include "redis/client.h"

namespace market {

void lists_changed() {
  counts_changed(redis::local());
  core::discard_page_copies();
}

}  // namespace market
