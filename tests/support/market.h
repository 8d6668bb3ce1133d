// Steps the marketplace's end-to-end tests share: publish an order, quote an item, read the
// database behind the pages.
#pragma once
#include <string>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/member.h"

namespace testenv::market_steps {

db::Connection& sql();
// The single number `text` (a query with one parameter) selects for `id`.
long long count(const std::string& text, long long id);
// The fields of /purchase/new for an order of `items` items (黄芪, 党参, ...), 2 吨 each,
// invoiced, paid on delivery, open 7 days.
Fields order_form(const std::string& csrf, int items = 1);
// Publishes an order with `items` items (黄芪, 党参, ...) through /purchase/new; returns its id.
long long publish(Member& buyer, int items = 1, Fields extra = {});
// The id of the order's item at `position` (1 = first).
long long item_of(long long purchase_id, int position = 1);
// Posts a quote on `item` as `s`.
HttpResponse quote(Member& s, long long item, const std::string& price = "35.5",
                   const std::string& quality = "统货，无硫");
// The id of the quote that `r` (the quote form's answer) redirected to; 0 if none.
long long quote_id(HttpResponse r);
bool has(const std::string& body, const std::string& s);

}  // namespace testenv::market_steps
