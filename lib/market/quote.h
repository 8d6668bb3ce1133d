// Quotes (报价) on purchase items and the buyer's replies. Every rule is checked here and kept
// by the database: the guarded INSERT ... SELECT (item still open), the unique pending key,
// and the weekly quota counter's guarded UPDATE.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "db/connection.h"

namespace market {

// Quote photo slots (quote_photo.slot): 1 手捧照, 2 细节照, 3 混货照, 4 质检报告, 5–6 其它.
inline constexpr int kPhotoSlots = 6;
const char* photo_slot_name(int slot);

struct QuoteInput {
  std::string price, quality, explain;
  std::vector<std::pair<int, std::string>> photos;  // slot → stored image hash
};

// The quote's photos in slot order (slot, image hash).
std::vector<std::pair<int, std::string>> quote_photos(db::Connection& db, long long quote_id);

// The weekly quota from [market] weekly_quotes (default 5).
int weekly_quota();

// Every problem of the quote's own fields at once (field → message), so the form can mark all
// of them; empty when the quote may be submitted. submit_quote checks the same.
std::map<std::string, std::string> check_quote(const QuoteInput& in);

// Whether `supplier_id` may quote on an item now, as the item page and the quote form show it
// (submit_quote decides; this only explains): a quote of theirs still waits for the buyer's
// reply, or this week's quota is used up. `left` is what remains of the week's quota.
struct QuoteChance {
  bool pending = false;
  int left = 0;
  int quota = 0;
  bool allowed() const { return !pending && left > 0; }
  // Why not, in a sentence; "" when allowed.
  std::string reason() const;
};
QuoteChance quote_chance(db::Connection& db, long long supplier_id, long long item_id,
                         const std::string& now, int quota);
// The message of a used quota, one wording for the form, the item page and the refusal.
std::string quota_used_message(int quota);

// Submits `supplier_id`'s quote on `item_id` at `now` (business-zone DATETIME text); returns
// the quote id. BadRequest (with field) for bad input, NotFound, Forbidden on one's own order,
// Conflict when the item no longer takes quotes, a pending quote exists ("pending_quote") or the
// weekly quota is used ("quota_used": a rule, not a rate limit, so 409 and not 429). Notifies the
// buyer and follows the variety for the supplier.
long long submit_quote(db::Connection& db, long long supplier_id, long long item_id,
                       const QuoteInput& in, const std::string& now, int quota);

enum QuoteState { kPending = 0, kAccepted = 1, kRejected = 2 };
// The same values as SQL text, for conditions written into constant statements.
#define QUOTE_PENDING "0"
#define QUOTE_ACCEPTED "1"
#define QUOTE_REJECTED "2"
static_assert(QUOTE_PENDING[0] - '0' == kPending && QUOTE_ACCEPTED[0] - '0' == kAccepted &&
              QUOTE_REJECTED[0] - '0' == kRejected);
const char* quote_state_name(int state);
// "price,quality" → "价格偏高、质量不符"
std::string reasons_text(const std::string& set);

struct Reply {
  std::string state;                 // accept | reject
  std::vector<std::string> reasons;  // price | quality | qualification (or their labels)
  std::string message;
};

// The buyer's reply to one or many quotes, all or nothing: NotFound unless every quote is on
// one of `buyer_id`'s orders, Conflict when one was already answered. Notifies each supplier.
int reply(db::Connection& db, long long buyer_id, const std::vector<long long>& quote_ids,
          const Reply& r, const std::string& now);

// The buyer has seen the quotes (all of an item's, or one): they leave the buyer's unread
// count. Callers have checked that the viewer is the item's buyer.
void mark_quotes_read(db::Connection& db, long long item_id);
void mark_quote_read(db::Connection& db, long long quote_id);

}  // namespace market
