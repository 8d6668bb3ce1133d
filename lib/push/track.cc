#include "push/track.h"

#include "core/error.h"
#include "db/transact.h"

namespace push {

std::string Visit::value() const {
  return std::to_string(recipient_id) + ":" + std::to_string(item_id);
}

std::optional<Visit> Visit::parse(const std::string& value) {
  auto colon = value.find(':');
  // Each part 1..18 digits, so std::stoll cannot overflow.
  if (colon == std::string::npos || colon == 0 || colon > 18 || colon + 1 == value.size() ||
      value.size() - colon - 1 > 18)
    return std::nullopt;
  for (size_t i = 0; i < value.size(); ++i)
    if (i != colon && (value[i] < '0' || value[i] > '9')) return std::nullopt;
  Visit v;
  v.recipient_id = std::stoll(value.substr(0, colon));
  v.item_id = std::stoll(value.substr(colon + 1));
  return v;
}

std::optional<Visit> visit_in(const std::map<std::string, std::string>& session_fields) {
  auto it = session_fields.find(kVisitField);
  if (it == session_fields.end()) return std::nullopt;
  return Visit::parse(it->second);
}

bool valid_token(const std::string& token) {
  if (token.size() != 32) return false;
  for (char c : token)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

Recipient recipient_by_token(db::Connection& db, const std::string& token) {
  if (!valid_token(token)) throw core::NotFound("链接无效或已过期");
  auto r = db.query(
      "SELECT x.id, x.item_id, x.channel, x.address, "
      "IF(x.channel = 'sms', x.address, COALESCE(u.phone, '')), i.variety_name "
      "FROM push_recipient x JOIN purchase_item i ON i.id = x.item_id "
      "LEFT JOIN user u ON u.id = x.user_id WHERE x.token = ?",
      token);
  if (r.empty()) throw core::NotFound("链接无效或已过期");
  const auto& row = r.one();
  return {row.i64(0), row.i64(1), row.str(2), row.str(3), row.str(4), row.str(5)};
}

Click click(db::Connection& db, const std::string& token, const std::string& now) {
  auto who = recipient_by_token(db, token);
  Click c;
  c.visit = {who.id, who.item_id};
  return db::transact(db, [&](db::Transaction& tx) -> Click {
    c.first = db.query(
                    "UPDATE push_recipient SET first_click_at = ?, clicks = clicks + 1 WHERE "
                    "id = ? AND first_click_at IS NULL",
                    now, who.id)
                  .affected == 1;
    if (c.first) {
      auto ids = db.query(
                       "SELECT COALESCE(user_id, 0), COALESCE(lead_id, 0) FROM push_recipient "
                       "WHERE id = ?",
                       who.id)
                     .one();
      if (ids.i64(0))
        db.query(
            "INSERT INTO push_score (user_id, score) VALUES (?, 1) "
            "ON DUPLICATE KEY UPDATE score = score + 1",
            ids.i64(0));
      else
        db.query("UPDATE supplier_lead SET score = score + 1 WHERE id = ?", ids.i64(1));
    } else {
      db.query("UPDATE push_recipient SET clicks = clicks + 1 WHERE id = ?", who.id);
    }
    tx.commit();
    return c;
  });
}

void record_view(db::Connection& db, const Visit& v, const std::string& path,
                 const std::string& now) {
  db.query("INSERT INTO push_visit (recipient_id, path, viewed_at) VALUES (?, ?, ?)",
           v.recipient_id, path.substr(0, 200), now);
}

void credit_quote(db::Connection& db, const Visit& v, long long item_id) {
  if (v.item_id != item_id) return;
  db.query("UPDATE push_recipient SET quoted = 1 WHERE id = ? AND item_id = ?", v.recipient_id,
           item_id);
}

void credit_registration(db::Connection& db, const Visit& v) {
  db.query("UPDATE push_recipient SET registered = 1 WHERE id = ?", v.recipient_id);
}

}  // namespace push
