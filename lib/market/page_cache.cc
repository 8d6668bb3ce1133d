#include "market/page_cache.h"

#include "core/page_copy.h"

namespace market {

void lists_changed() { core::discard_page_copies(); }

}  // namespace market
