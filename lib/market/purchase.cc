#include "market/purchase.h"

#include <algorithm>
#include <set>

#include "core/config.h"
#include "core/error.h"
#include "core/text.h"
#include "db/into.h"
#include "db/transact.h"
#include "market/catalogue.h"
#include "market/clock.h"
#include "market/money.h"
#include "market/status.h"

namespace market {
namespace {

void set_item_field(ItemDraft& d, const std::string& key, const std::string& v) {
  if (key == "variety")
    d.variety = core::trim(v);
  else if (key == "spec")
    d.spec = core::trim(v);
  else if (key == "quantity")
    d.quantity = core::trim(v);
  else if (key == "unit")
    d.unit = core::trim(v);
  else if (key == "quality") {
    // Quality tags (checkboxes) and free text arrive under one name; keep them all.
    std::string t = core::trim(v);
    if (!t.empty()) d.quality += (d.quality.empty() ? "" : "，") + t;
  } else if (key == "origin")
    d.origin = core::trim(v);
  else if (key == "price")
    d.price = core::trim(v);
  else if (key == "photo_remove")
    d.remove_photo = v == "1";
  // items[N][photo] is an uploaded file: the image store sets d.photo to its stored
  // reference (never text from the form) once uploads land.
}

// The header fields as the purchase table stores them. The deadline counts from `since`: the
// publishing time, also when an edit changes the quote window.
struct StoredHeader {
  int window = 0;
  std::optional<std::string> deadline, payment_days;
  std::optional<long long> area, province;
  std::string qualifications;
};

StoredHeader stored_header(const PurchaseDraft& d, const std::string& since) {
  StoredHeader h;
  h.window = std::stoi(d.window);
  if (h.window > 0) h.deadline = datetime_of(parse_datetime(since) + h.window * 86400L);
  if (d.pickup.empty()) {
    h.area = std::stoll(d.area);
    h.province = province_of(*h.area);
  }
  for (const auto& q : d.qualifications)
    h.qualifications += (h.qualifications.empty() ? "" : ",") + q;
  if (d.payment == "2") h.payment_days = d.payment_days;
  return h;
}

// An item's nullable columns: no catalogue variety, no price (面议), no photo.
struct StoredItem {
  std::optional<long long> variety_id;
  std::optional<std::string> price, photo;
};

StoredItem stored_item(const ItemDraft& it) {
  StoredItem s;
  if (it.variety_id) s.variety_id = it.variety_id;
  if (!it.price.empty()) s.price = it.price;
  if (!it.photo.empty()) s.photo = it.photo;
  return s;
}

}  // namespace

bool ItemDraft::blank() const {
  return variety.empty() && spec.empty() && quantity.empty() && quality.empty() && origin.empty() &&
         price.empty();
}

std::optional<ItemFieldName> item_field_name(std::string_view name) {
  constexpr std::string_view head = "items[";
  if (name.size() > 40 || name.substr(0, head.size()) != head) return std::nullopt;
  name.remove_prefix(head.size());
  auto close = name.find("][");
  if (close == std::string_view::npos || !core::digits(name.substr(0, close), 1, 3))
    return std::nullopt;
  ItemFieldName out;
  out.slot = std::stoi(std::string(name.substr(0, close)));
  name.remove_prefix(close + 2);
  if (name.size() >= 2 && name.substr(name.size() - 2) == "[]") name.remove_suffix(2);
  if (name.size() < 2 || name.back() != ']') return std::nullopt;
  name.remove_suffix(1);
  for (char c : name)
    if (!(c >= 'a' && c <= 'z') && c != '_') return std::nullopt;
  out.field = std::string(name);
  return out;
}

PurchaseDraft parse_draft(const std::vector<std::pair<std::string, std::string>>& form) {
  PurchaseDraft d;
  std::map<int, ItemDraft> items;
  for (const auto& [name, value] : form) {
    if (auto f = item_field_name(name)) {
      items[f->slot].slot = f->slot;
      set_item_field(items[f->slot], f->field, value);
      continue;
    }
    if (name == "area")
      d.area = core::trim(value);
    else if (name == "pickup")
      d.pickup = value;
    else if (name == "invoice")
      d.invoice = value;
    else if (name == "payment")
      d.payment = value;
    else if (name == "payment_days")
      d.payment_days = core::trim(value);
    else if (name == "payment_note")
      d.payment_note = core::trim(value);
    else if (name == "sample")
      d.sample = value;
    else if (name == "sample_recipient")
      d.sample_recipient = core::trim(value);
    else if (name == "acceptance")
      d.acceptance = core::trim(value);
    else if (name == "remark")
      d.remark = core::trim(value);
    else if (name == "window")
      d.window = value;
    else if (name == "qualifications" || name == "qualifications[]")
      d.qualifications.push_back(value);
  }
  for (auto& [n, item] : items)
    if (!item.blank()) d.items.push_back(std::move(item));
  return d;
}

FieldErrors validate(db::Connection& db, PurchaseDraft& d) {
  FieldErrors e;
  if (d.items.empty()) e["items"] = "请至少填写一个采购品种";
  if (d.items.size() > static_cast<size_t>(kMaxItems)) e["items"] = "一张采购单最多20个品种";
  for (size_t i = 0; i < d.items.size(); ++i) {
    auto& it = d.items[i];
    std::string f = "items[" + std::to_string(it.slot) + "]";
    if (it.variety.empty()) {
      e[f + "[variety]"] = "请填写品种";
    } else if (core::char_count(it.variety) > 50) {
      e[f + "[variety]"] = "品种名称过长";
    } else if (auto v = find_variety(db, it.variety)) {
      it.variety_id = v->id;
      it.variety_name = v->name;
      if (it.unit.empty() && !v->units.empty()) it.unit = v->units.front();
    } else {
      it.variety_id = 0;
      it.variety_name = it.variety;
    }
    if (it.quantity.empty())
      e[f + "[quantity]"] = "请填写数量";
    else if (!valid_amount(it.quantity, 10))
      e[f + "[quantity]"] = "数量须为大于0的数字（最多两位小数）";
    if (it.unit.empty()) it.unit = "公斤";
    if (core::char_count(it.unit) > 10) e[f + "[unit]"] = "单位过长";
    if (core::char_count(it.spec) > 30) e[f + "[spec]"] = "规格最多30个字";
    if (core::char_count(it.quality) > 500) e[f + "[quality]"] = "质量要求最多500个字";
    if (core::char_count(it.origin) > 50) e[f + "[origin]"] = "产地最多50个字";
    if (!it.price.empty() && !valid_amount(it.price, 8))
      e[f + "[price]"] = "价格须为大于0的数字（最多两位小数），不填为面议";
  }
  bool pickup = d.pickup == "1" || d.pickup == "on";
  d.pickup = pickup ? "1" : "";
  if (!pickup) {
    if (d.area.empty()) {
      e["area"] = "请选择交货地区，或勾选亲自上门看货提货";
    } else {
      auto a = d.area.size() <= 9 && std::all_of(d.area.begin(), d.area.end(), ::isdigit)
                   ? find_area(db, std::stoll(d.area))
                   : std::nullopt;
      if (!a) e["area"] = "交货地区不存在";
    }
  }
  if (d.invoice != "0" && d.invoice != "1" && d.invoice != "2") e["invoice"] = "请选择发票要求";
  if (d.payment != "1" && d.payment != "2" && d.payment != "3") e["payment"] = "请选择付款方式";
  if (d.payment == "2" && (!core::digits(d.payment_days, 1, 3) || d.payment_days == "0"))
    e["payment_days"] = "请填写验收后付款的天数";
  if (d.payment == "3" && d.payment_note.empty()) e["payment_note"] = "请说明付款方式";
  if (core::char_count(d.payment_note) > 200) e["payment_note"] = "付款说明最多200个字";
  bool sample = d.sample == "1" || d.sample == "on";
  d.sample = sample ? "1" : "";
  if (sample && d.sample_recipient.empty()) e["sample_recipient"] = "请填写收样人及地址";
  if (core::char_count(d.sample_recipient) > 200) e["sample_recipient"] = "收样信息最多200个字";
  if (core::char_count(d.acceptance) > 2000) e["acceptance"] = "验收要求最多2000个字";
  if (core::char_count(d.remark) > 2000) e["remark"] = "备注最多2000个字";
  for (const auto& q : d.qualifications)
    if (q != "license" && q != "gsp" && q != "gmp") e["qualifications"] = "资质要求无效";
  if (d.window != "3" && d.window != "7" && d.window != "15" && d.window != "30" && d.window != "0")
    e["window"] = "请选择报价期限";
  return e;
}

long long publish(db::Connection& db, long long buyer_id, const PurchaseDraft& d,
                  const std::string& now) {
  return db::transact(db, [&](db::Transaction& tx) -> long long {
    long long id = insert_purchase(db, buyer_id, d, now);
    tx.commit();
    return id;
  });
}

long long insert_purchase(db::Connection& db, long long buyer_id, const PurchaseDraft& d,
                          const std::string& now) {
  auto h = stored_header(d, now);
  auto r = db.query(
      "INSERT INTO purchase (buyer_id, area_code, province_code, pickup, invoice, payment,"
      " payment_days, payment_note, sample, sample_recipient, acceptance, qualifications, remark,"
      " window_days, status, created_at, deadline)"
      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?," STORED_OPEN ",?,?)",
      buyer_id, h.area, h.province, d.pickup.empty() ? 0 : 1, std::stoi(d.invoice),
      std::stoi(d.payment), h.payment_days, d.payment_note, d.sample.empty() ? 0 : 1,
      d.sample_recipient, d.acceptance, h.qualifications, d.remark, h.window, now, h.deadline);
  long long id = static_cast<long long>(r.insert_id);
  int pos = 0;
  for (const auto& it : d.items) {
    auto c = stored_item(it);
    db.query(
        "INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, spec,"
        " quantity, unit, quality, origin, price, photo, status, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?," STORED_OPEN ",?)",
        id, ++pos, c.variety_id, it.variety_name, it.spec, it.quantity, it.unit, it.quality,
        it.origin, c.price, c.photo, now);
  }
  return id;
}

PurchaseDraft load_draft(db::Connection& db, long long buyer_id, long long purchase_id) {
  auto r = db.query(
      "SELECT buyer_id, area_code, pickup, invoice, payment, payment_days, payment_note, sample,"
      " sample_recipient, acceptance, qualifications, remark, window_days FROM purchase WHERE id = "
      "?",
      purchase_id);
  if (r.empty() || r.one().i64(0) != buyer_id) throw core::NotFound("采购单不存在");
  const auto& p = r.one();
  PurchaseDraft d;
  d.area = p.str(1);
  d.pickup = p.i64(2) ? "1" : "";
  d.invoice = p.str(3);
  d.payment = p.str(4);
  d.payment_days = p.str(5);
  d.payment_note = p.str(6);
  d.sample = p.i64(7) ? "1" : "";
  d.sample_recipient = p.str(8);
  d.acceptance = p.str(9);
  std::string quals = p.str(10);
  for (const char* q : {"license", "gsp", "gmp"})
    if (quals.find(q) != std::string::npos) d.qualifications.push_back(q);
  d.remark = p.str(11);
  d.window = p.str(12);
  auto items = db.query(
      "SELECT position, variety_name, spec, quantity, unit, quality, origin, price, photo"
      " FROM purchase_item WHERE purchase_id = ? ORDER BY position",
      purchase_id);
  for (const auto& row : items.rows) {
    ItemDraft it;
    db::into(row, it.slot, it.variety, it.spec, it.quantity, it.unit, it.quality, it.origin,
             it.price, it.photo);
    it.slot -= 1;  // position counts from 1
    it.quantity = trim_amount(it.quantity);
    d.items.push_back(it);
  }
  return d;
}

int lock_purchase(db::Connection& db, long long buyer_id, long long purchase_id) {
  auto r = db.query("SELECT buyer_id, status FROM purchase WHERE id = ? FOR UPDATE", purchase_id);
  if (r.empty() || r.one().i64(0) != buyer_id) throw core::NotFound("采购单不存在");
  return static_cast<int>(r.one().i64(1));
}

FieldErrors update(db::Connection& db, long long buyer_id, long long purchase_id,
                   const PurchaseDraft& d) {
  return db::transact(db, [&](db::Transaction& tx) -> FieldErrors {
    if (lock_purchase(db, buyer_id, purchase_id) != kOpenOrder)
      throw core::Conflict("采购单已关闭或已结束，不能修改", "not_open");
    FieldErrors e;
    std::map<int, std::pair<std::string, long long>> existing;  // slot -> (variety, quotes)
    for (const auto& row : db.query("SELECT position, variety_name, quote_count FROM purchase_item"
                                    " WHERE purchase_id = ?",
                                    purchase_id)
                               .rows)
      existing[static_cast<int>(row.i64(0)) - 1] = {row.str(1), row.i64(2)};
    std::set<int> slots;
    for (const auto& it : d.items) {
      std::string f = "items[" + std::to_string(it.slot) + "][variety]";
      if (it.slot < 0 || it.slot >= kMaxItems) e["items"] = "一张采购单最多20个品种";
      slots.insert(it.slot);
      auto old = existing.find(it.slot);
      if (old != existing.end() && old->second.second > 0 && old->second.first != it.variety_name)
        e[f] = "该品种已有报价，不能更换品种";
    }
    for (const auto& [slot, v] : existing)
      if (!slots.count(slot)) e["items"] = "已发布的品种不能删除，如不再采购请关闭该品种";
    if (!e.empty()) return e;

    auto created =
        db.query("SELECT created_at FROM purchase WHERE id = ?", purchase_id).one().str(0);
    auto h = stored_header(d, created);
    db.query(
        "UPDATE purchase SET area_code = ?, province_code = ?, pickup = ?, invoice = ?,"
        " payment = ?, payment_days = ?, payment_note = ?, sample = ?, sample_recipient = ?, "
        "acceptance = ?,"
        " qualifications = ?, remark = ?, window_days = ?, deadline = ? WHERE id = ?",
        h.area, h.province, d.pickup.empty() ? 0 : 1, std::stoi(d.invoice), std::stoi(d.payment),
        h.payment_days, d.payment_note, d.sample.empty() ? 0 : 1, d.sample_recipient, d.acceptance,
        h.qualifications, d.remark, h.window, h.deadline, purchase_id);
    for (const auto& it : d.items) {
      auto c = stored_item(it);
      if (existing.count(it.slot)) {
        db.query(
            "UPDATE purchase_item SET variety_id = ?, variety_name = ?, spec = ?, quantity = ?,"
            " unit = ?, quality = ?, origin = ?, price = ?,"
            " photo = IF(? AND ? IS NULL, NULL, COALESCE(?, photo))"
            " WHERE purchase_id = ? AND position = ?",
            c.variety_id, it.variety_name, it.spec, it.quantity, it.unit, it.quality, it.origin,
            c.price, it.remove_photo ? 1 : 0, c.photo, c.photo, purchase_id, it.slot + 1);
      } else {
        db.query(
            "INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, spec,"
            " quantity, unit, quality, origin, price, photo, status, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?," STORED_OPEN ",?)",
            purchase_id, it.slot + 1, c.variety_id, it.variety_name, it.spec, it.quantity, it.unit,
            it.quality, it.origin, c.price, c.photo, created);
      }
    }
    tx.commit();
    return {};
  });
}

}  // namespace market
