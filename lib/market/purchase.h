// Purchase orders (采购单): the publish form's draft, its validation, publishing, and the
// buyer's actions on an order (close an item, close the order, mark 采购成功).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "db/connection.h"

namespace market {

inline constexpr int kMaxItems = 20;

struct ItemDraft {
  std::string variety, spec, quantity, unit, quality, origin, price, photo;
  bool remove_photo = false;  // items[N][photo_remove]: drop the stored photo (edit form)
  int slot = 0;               // the N of items[N][...] as submitted
  long long variety_id = 0;   // resolved by validate(); 0 = not in the catalogue
  std::string variety_name;   // the catalogue's name when found, else what was typed
  bool blank() const;
};

struct PurchaseDraft {
  std::string area, pickup, invoice = "0", payment = "1", payment_days, payment_note, sample,
                            sample_recipient, acceptance, remark, window = "7";
  std::vector<std::string> qualifications;  // license, gsp, gmp
  std::vector<ItemDraft> items;
};

// Field name → Chinese message, e.g. "items[2][quantity]" → "请填写数量".
using FieldErrors = std::map<std::string, std::string>;

// "items[N][field]" or "items[N][field][]" (N of 1-3 digits, field of a-z and _), split.
struct ItemFieldName {
  int slot = 0;
  std::string field;
};
std::optional<ItemFieldName> item_field_name(std::string_view name);

// Reads the header fields and items[N][...] from form fields (in order). Blank item rows
// are dropped; items keep the order of their N.
PurchaseDraft parse_draft(const std::vector<std::pair<std::string, std::string>>& form);
// Checks every field (and resolves varieties); empty when the draft may be published.
FieldErrors validate(db::Connection& db, PurchaseDraft& draft);
// Inserts a validated draft in one transaction; returns the purchase id.
long long publish(db::Connection& db, long long buyer_id, const PurchaseDraft& draft,
                  const std::string& now);
// publish() inside the caller's transaction (a visitor's account and order commit together).
long long insert_purchase(db::Connection& db, long long buyer_id, const PurchaseDraft& draft,
                          const std::string& now);

// The order as a draft for the edit form; NotFound unless it is `buyer_id`'s. Items keep
// their slots (position - 1) so an edit updates them in place.
PurchaseDraft load_draft(db::Connection& db, long long buyer_id, long long purchase_id);
// Saves an edited, validated draft: header fields and items are updated in place (their ids
// and quotes stay), new slots are added; an item cannot be removed (close it instead), and an
// item with quotes keeps its variety. Returns field errors instead of saving when one of
// those rules is broken; Conflict when the order is no longer open.
FieldErrors update(db::Connection& db, long long buyer_id, long long purchase_id,
                   const PurchaseDraft& draft);

// Locks the buyer's order row (SELECT ... FOR UPDATE) and returns its stored status: every
// change to an order and its items starts here, so closing, quoting and marking success queue
// up instead of deadlocking. NotFound unless the order is `buyer_id`'s. In a transaction.
int lock_purchase(db::Connection& db, long long buyer_id, long long purchase_id);

// purchase_close.cc: the buyer closes one item; closing the last open item closes the order.
// NotFound when the item is not the buyer's; Conflict when it is not open.
void close_item(db::Connection& db, long long buyer_id, long long item_id);
// The buyer closes the whole order (every open item).
void close_purchase(db::Connection& db, long long buyer_id, long long purchase_id);
// The buyer marks the order 采购成功 (its open items too).
void mark_success(db::Connection& db, long long buyer_id, long long purchase_id);
// An admin closes an open order (every open item) for `reason`, which the buyer is told in a
// notification (采购消息). BadRequest without a reason; NotFound; Conflict when not open.
// Returns the buyer's id.
long long close_by_admin(db::Connection& db, long long purchase_id, const std::string& reason,
                         const std::string& now);

// purchase_text.cc: the order's absolute URL (from [site] base_url) for sharing: the published page
// and its QR.
std::string share_link(long long purchase_id);

// Invoice, payment and qualification labels for pages.
const char* invoice_name(int invoice);
std::string payment_text(int payment, const std::string& days, const std::string& note);
std::string qualifications_text(const std::string& set);

}  // namespace market
