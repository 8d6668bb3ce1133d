#include "market/view_rows.h"

#include "db/into.h"
#include "market/catalogue.h"
#include "market/money.h"

namespace market {
namespace {

// Names of an area path read as (top, middle, bottom) columns where the top ones may be NULL
// when the code is a city or a province.
std::string area_from(const db::Row& r, size_t first) {
  std::vector<std::string> names;
  for (size_t i = first; i < first + 3; ++i)
    if (!r.null(i)) names.push_back(r.str(i));
  while (names.size() < 3) names.push_back("");
  return area_text(names[0], names[1], names[2]);
}

}  // namespace

ItemRow item_row(const db::Row& r, const std::string& now) {
  ItemRow it;
  db::into(r, it.id, it.purchase_id, it.buyer_id, it.variety_id, it.variety_name, it.spec,
           it.quantity, it.unit, it.quality, it.origin, it.price, it.photo, it.created_at,
           it.buyer_name, db::skip, it.deadline, it.stored, it.views, it.quote_count);
  it.quantity = trim_amount(it.quantity);
  it.area = r.null(14) ? (r.i64(19) ? "亲自上门看货提货" : "") : area_from(r, 20);
  it.status = derive(it.stored, it.deadline, now);
  it.buyer_company = r.str(23);
  it.buyer_verified = r.i64(24) != 0;
  return it;
}

QuoteRow quote_row(const db::Row& r) {
  QuoteRow q;
  db::into(r, q.id, q.item_id, q.supplier_id, q.supplier_name, q.supplier_phone, q.price, q.quality,
           q.price_note, q.reasons, q.message, q.created_at, q.replied_at, q.state,
           q.supplier_verified, q.supplier_company);
  return q;
}

PurchaseRow purchase_row(const db::Row& r, const std::string& now) {
  PurchaseRow p;
  db::into(r, p.id, p.buyer_id, p.buyer_name, p.buyer_phone, p.area_code, p.pickup, p.invoice,
           p.payment, p.payment_days, p.payment_note, p.sample, p.sample_recipient, p.acceptance,
           p.qualifications, p.remark, p.window_days, p.stored, p.created_at, p.deadline);
  p.area = r.null(4) ? "亲自上门看货提货" : area_from(r, 19);
  p.status = derive(p.stored, p.deadline, now);
  p.buyer_company = r.str(22);
  p.buyer_verified = r.i64(23) != 0;
  return p;
}
}  // namespace market
