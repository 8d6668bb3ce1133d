#include "booking/change.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/clock.h"
#include "core/error.h"
#include "core/text.h"
#include "db/error.h"
#include "db/transact.h"

namespace booking {

namespace {

const char kBadShape[] = "提交的数据格式不正确";
const char kBadWeeks[] = "重复周数应为 1 到 52 之间的整数";
constexpr int kMaxWeeks = 52;  // the horizon bounds it first; this only bounds the input

std::vector<CellRef> cells_of(const nlohmann::json& j, const char* key) {
  std::vector<CellRef> out;
  if (!j.contains(key) || j[key].is_null()) return out;
  const auto& a = j[key];
  if (!a.is_array()) throw core::BadRequest(kBadShape, key);
  for (const auto& e : a) {
    if (!e.is_object() || !e.contains("room") || !e.contains("slot") ||
        !e["room"].is_number_integer() || !e["slot"].is_number_integer())
      throw core::BadRequest(kBadShape, key);
    long long slot = e["slot"].get<long long>();
    if (slot < -1000 || slot > 1000) throw core::BadRequest("时段不存在", "slot");
    out.push_back({e["room"].get<long long>(), static_cast<int>(slot)});
  }
  return out;
}

CellRef cell_of(const std::string& s, const char* field) {
  auto colon = s.find(':');
  auto digits = [](const std::string& t) {
    return !t.empty() && t.size() <= 9 && t.find_first_not_of("0123456789") == std::string::npos;
  };
  if (colon == std::string::npos || !digits(s.substr(0, colon)) || !digits(s.substr(colon + 1)))
    throw core::BadRequest(kBadShape, field);
  return {std::stoll(s.substr(0, colon)), std::stoi(s.substr(colon + 1))};
}

std::vector<CellRef> unique_sorted(std::vector<CellRef> v) {
  // One canonical lock order for every request keeps parallel batches from deadlocking.
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

void check_cells(const std::vector<CellRef>& cells, const Slots& slots, const std::string& date,
                 const std::string& today, int now_hour) {
  for (const auto& c : cells) {
    if (!slots.valid(c.slot)) throw core::BadRequest("时段不存在", "slot");
    if (c.room <= 0) throw core::BadRequest("会议室不存在", "room");
    if (is_past(date, slots.hour(c.slot), today, now_hour))
      throw core::BadRequest("不能预订或取消已经过去的时段", "date");
  }
}

// The dates the cells to add are booked on: `c.date`, then weekly.
std::vector<std::string> meeting_dates(const Change& c) {
  std::vector<std::string> out{c.date};
  for (int w = 1; w < c.weeks; ++w) out.push_back(core::add_days(c.date, 7 * w));
  return out;
}

Outcome attempt(db::Connection& db, db::Transaction& tx, const auth::User& user, const Change& c,
                const std::vector<CellRef>& add, const std::vector<CellRef>& cancel,
                const Slots& slots) {
  // Shared locks on the rooms: an admin deactivating a room waits for us, and vice versa.
  std::set<long long> rooms;
  for (const auto& x : add) rooms.insert(x.room);
  for (const auto& x : cancel) rooms.insert(x.room);
  for (long long id : rooms) {
    auto r = db.query("SELECT active FROM room WHERE id = ? LOCK IN SHARE MODE", id);
    if (r.empty()) throw core::BadRequest("会议室不存在", "room");
    bool booking_here = std::any_of(add.begin(), add.end(), [&](auto& x) { return x.room == id; });
    if (booking_here && r.one().i64(0) == 0)
      throw core::BadRequest("会议室已停用，不能预订", "room");
  }

  Outcome o;
  struct Gone {
    long long id, user;
    CellRef cell;
  };
  std::vector<Gone> to_cancel;
  for (const auto& x : cancel) {
    auto r = db.query(
        "SELECT id, user_id FROM booking WHERE room_id = ? AND date = ? AND hour = ? FOR UPDATE",
        x.room, c.date, slots.hour(x.slot));
    if (r.empty()) {
      o.conflicts.push_back({c.date, x});  // cancelled meanwhile (another tab, an admin)
      continue;
    }
    long long owner = r.one().i64(1);
    if (owner != user.id && !user.is_admin()) throw core::Forbidden("只能取消自己的预订");
    to_cancel.push_back({r.one().i64(0), owner, x});
  }
  // Dates ascending, then cells in their sorted order: one lock order for every request.
  const auto dates = meeting_dates(c);
  for (const auto& date : dates)
    for (const auto& x : add) {
      try {
        db.query(
            "INSERT INTO booking (room_id, date, hour, user_id, subject) VALUES (?, ?, ?, ?, ?)",
            x.room, date, slots.hour(x.slot), user.id, c.subject);
      } catch (const db::DuplicateKey&) {
        o.conflicts.push_back({date, x});  // the unique key decided: someone else has it
      }
    }
  if (!o.ok()) return o;  // the transaction rolls back: nothing of this batch stays

  for (const auto& g : to_cancel) {
    db.query("DELETE FROM booking WHERE id = ?", g.id);
    if (g.user != user.id)
      db.query(
          "INSERT INTO booking_notice (user_id, room_id, date, hour, cancelled_by, note)"
          " VALUES (?, ?, ?, ?, ?, ?)",
          g.user, g.cell.room, c.date, slots.hour(g.cell.slot), user.id, c.note);
  }
  tx.commit();
  o.added = static_cast<int>(add.size() * dates.size());
  o.cancelled = static_cast<int>(to_cancel.size());
  if (!add.empty()) o.dates = dates;
  if (!to_cancel.empty() && add.empty()) o.dates = {c.date};
  return o;
}

}  // namespace

Change parse_change(const nlohmann::json& j) {
  if (!j.is_object()) throw core::BadRequest(kBadShape);
  Change c;
  if (!j.contains("date") || !j["date"].is_string()) throw core::BadRequest("请选择日期", "date");
  c.date = j["date"].get<std::string>();
  c.add = cells_of(j, "add");
  c.cancel = cells_of(j, "cancel");
  for (auto [key, into] : {std::pair{"note", &c.note}, std::pair{"subject", &c.subject}})
    if (j.contains(key) && !j[key].is_null()) {
      if (!j[key].is_string()) throw core::BadRequest(kBadShape, key);
      *into = j[key].get<std::string>();
    }
  if (j.contains("weeks") && !j["weeks"].is_null()) {
    if (!j["weeks"].is_number_integer()) throw core::BadRequest(kBadShape, "weeks");
    long long w = j["weeks"].get<long long>();
    if (w < 1 || w > kMaxWeeks) throw core::BadRequest(kBadWeeks, "weeks");
    c.weeks = static_cast<int>(w);
  }
  return c;
}

Change parse_change(const ChangeForm& f) {
  Change c;
  c.date = f.date;
  for (const auto& s : f.add) c.add.push_back(cell_of(s, "add"));
  for (const auto& s : f.cancel) c.cancel.push_back(cell_of(s, "cancel"));
  c.note = f.note;
  c.subject = f.subject;
  if (!f.weeks.empty()) {
    if (f.weeks.size() > 2 || f.weeks.find_first_not_of("0123456789") != std::string::npos)
      throw core::BadRequest(kBadWeeks, "weeks");
    c.weeks = std::stoi(f.weeks);
    if (c.weeks < 1) throw core::BadRequest(kBadWeeks, "weeks");
  }
  return c;
}

Outcome apply(db::Connection& db, const auth::User& user, const Change& c, const Slots& slots,
              const std::string& today, int now_hour) {
  if (!core::valid_date(c.date)) throw core::BadRequest("日期格式应为 YYYY-MM-DD", "date");
  if (core::char_count(c.note) > 200) throw core::BadRequest("备注不能超过 200 个字", "note");
  Change checked = c;
  checked.subject = core::trim(c.subject);
  if (core::char_count(checked.subject) > kMaxSubject)
    throw core::BadRequest("会议主题不能超过 " + std::to_string(kMaxSubject) + " 个字", "subject");
  if (c.weeks < 1 || c.weeks > kMaxWeeks) throw core::BadRequest(kBadWeeks, "weeks");
  auto add = unique_sorted(c.add);
  auto cancel = unique_sorted(c.cancel);
  if (c.weeks > 1 && add.empty()) throw core::BadRequest("请勾选要每周重复预订的空闲时段", "weeks");
  if (add.empty() && cancel.empty()) return {};
  check_cells(add, slots, c.date, today, now_hour);
  check_cells(cancel, slots, c.date, today, now_hour);
  if (beyond_horizon(slots, c.date, today))
    throw core::BadRequest("只能预订 " + std::to_string(slots.horizon_days) + " 天以内的会议室",
                           "date");
  if (beyond_horizon(slots, meeting_dates(c).back(), today))
    throw core::BadRequest("每周重复最多预订到 " + core::add_days(today, slots.horizon_days) +
                               "（" + std::to_string(slots.horizon_days) + " 天以内）",
                           "weeks");
  for (const auto& x : add)
    if (std::binary_search(cancel.begin(), cancel.end(), x))
      throw core::BadRequest("同一时段不能同时预订和取消", "add");

  // A deadlock victim (or on Galera a batch that lost certification) is run again whole.
  return db::transact(
      db, [&](db::Transaction& tx) { return attempt(db, tx, user, checked, add, cancel, slots); });
}

nlohmann::json to_json(const Change& c, const Outcome& o) {
  if (o.ok()) return {{"ok", true}, {"added", o.added}, {"cancelled", o.cancelled}};
  auto list = nlohmann::json::array();
  for (const auto& x : o.conflicts) {
    nlohmann::json cell{{"room", x.cell.room}, {"slot", x.cell.slot}};
    if (x.date != c.date) cell["date"] = x.date;  // a weekly meeting's later week
    list.push_back(std::move(cell));
  }
  return {{"ok", false},
          {"error", "conflict"},
          {"message", "所选时段已被占用或预订已变化，本次未做任何更改，请刷新后重试"},
          {"conflicts", std::move(list)}};
}

}  // namespace booking
