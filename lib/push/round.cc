#include "push/round.h"

#include <nlohmann/json.hpp>

#include "core/config.h"
#include "core/error.h"
#include "db/into.h"
#include "db/transact.h"
#include "market/clock.h"
#include "market/money.h"
#include "market/status.h"
#include "push/round_outbox.h"
#include "sms/gateway.h"

namespace push {

const char* channel_name(Channel c) { return c == Channel::sms ? "sms" : "wechat"; }

PushItem load_item(db::Connection& db, long long item_id, const std::string& now) {
  auto r = db.query(
      "SELECT i.id, i.purchase_id, p.buyer_id, COALESCE(i.variety_id, 0), "
      "COALESCE(u.phone, ''), i.variety_name, i.spec, i.quantity, i.unit, "
      "(" ITEM_QUOTABLE_SQL
      ") FROM purchase_item i JOIN purchase p ON p.id = i.purchase_id "
      "JOIN user u ON u.id = p.buyer_id WHERE i.id = ?",
      now, item_id);
  if (r.empty()) throw core::NotFound("采购品种不存在");
  const auto& row = r.one();
  PushItem it;
  db::into(row, it.id, it.purchase_id, it.buyer_id, it.variety_id, it.buyer_phone, it.variety_name,
           it.spec, it.quantity, it.unit, it.open);
  it.quantity = market::trim_amount(it.quantity);
  return it;
}

namespace {

// Who may receive the item on the channel now, best push score first, at most `limit`:
// members following the variety (WeChat: those with a bound openid) and, for SMS, supplier
// leads dealing in it. Never the buyer, a disabled account, an opted-out number, a dead
// number, a lead that ignored lead_ignore_limit pushes, or anyone already pushed this item on
// this channel. Each row comes with a fresh token (16 bytes of MariaDB's CSPRNG in lowercase
// hex, as /t/<token> expects); insert_recipients writes them. Parameters: candidate_params.
const char* const kSmsCandidates =
    // Members first by score; a lead whose number is an account that follows the variety is
    // that member already, and one whose account is disabled or the buyer is left out.
    "SELECT u.id AS uid, 0 AS lid, u.phone AS address, COALESCE(s.score, 0) AS score, "
    "LOWER(HEX(RANDOM_BYTES(16))) AS token FROM followed_variety f "
    "JOIN user u ON u.id = f.user_id LEFT JOIN push_score s ON s.user_id = u.id "
    "WHERE f.variety_id = ? AND u.id <> ? AND u.disabled = 0 AND u.phone IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM push_optout o WHERE o.mobile = u.phone) "
    "AND NOT EXISTS (SELECT 1 FROM push_recipient r WHERE r.item_id = ? "
    "AND r.channel = 'sms' AND r.address = u.phone) "
    "UNION ALL "
    "SELECT 0, l.id, l.mobile, l.score, LOWER(HEX(RANDOM_BYTES(16))) "
    "FROM supplier_lead_variety lv JOIN supplier_lead l ON l.id = lv.lead_id "
    "WHERE lv.variety_id = ? AND l.dead = 0 AND l.opted_out = 0 AND l.unclicked < ? "
    "AND l.mobile <> ? "
    "AND NOT EXISTS (SELECT 1 FROM user u2 WHERE u2.phone = l.mobile AND (u2.disabled = 1 "
    "OR u2.id = ? OR EXISTS (SELECT 1 FROM followed_variety f2 WHERE f2.user_id = u2.id "
    "AND f2.variety_id = ?))) "
    "AND NOT EXISTS (SELECT 1 FROM push_optout o WHERE o.mobile = l.mobile) "
    "AND NOT EXISTS (SELECT 1 FROM push_recipient r WHERE r.item_id = ? "
    "AND r.channel = 'sms' AND r.address = l.mobile) "
    "ORDER BY score DESC, address LIMIT ?";

const char* const kWechatCandidates =
    "SELECT u.id AS uid, 0 AS lid, u.wechat_openid AS address, COALESCE(s.score, 0) AS score, "
    "LOWER(HEX(RANDOM_BYTES(16))) AS token FROM followed_variety f "
    "JOIN user u ON u.id = f.user_id LEFT JOIN push_score s ON s.user_id = u.id "
    "WHERE f.variety_id = ? AND u.id <> ? AND u.disabled = 0 AND u.wechat_openid IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM push_optout o WHERE o.mobile = u.phone) "
    "AND NOT EXISTS (SELECT 1 FROM push_recipient r WHERE r.item_id = ? "
    "AND r.channel = 'wechat' AND r.address = u.wechat_openid) "
    "ORDER BY score DESC, address LIMIT ?";

std::vector<db::Param> candidate_params(const Policy& p, const PushItem& item, Channel channel,
                                        int limit) {
  if (channel == Channel::sms)
    return {item.variety_id,  item.buyer_id, item.id,         item.variety_id, p.lead_ignore_limit,
            item.buyer_phone, item.buyer_id, item.variety_id, item.id,         limit};
  return {item.variety_id, item.buyer_id, item.id, limit};
}

}  // namespace

std::string tracked_link(const std::string& token) {
  return core::Config::get().str("site", "base_url", "http://127.0.0.1:8080") + "/t/" + token;
}

std::string sms_text(const PushItem& item, const std::string& link) {
  std::string what = item.variety_name;
  if (!item.spec.empty()) what += "（" + item.spec + "）";
  return sms::signature() + "有买家求购" + what + item.quantity + item.unit + "，查看并报价：" +
         link + " 回T退订";
}

namespace {

std::string wechat_message(const PushItem& item, const std::string& link) {
  nlohmann::json data{
      {"first", {{"value", "有新的采购需求"}}},
      {"keyword1",
       {{"value", item.variety_name + (item.spec.empty() ? "" : "（" + item.spec + "）")}}},
      {"keyword2", {{"value", item.quantity + item.unit}}},
      {"remark", {{"value", "点击查看详情并报价"}}}};
  return nlohmann::json{{"url", link}, {"data", data}}.dump();
}

// The message of a recipient is the round's text with the recipient's token in its link:
// split around the token once here, so that the database writes every row of the round. The
// link comes after the item's own words in both texts (the JSON's "url" after its "data"), so
// the last mark is the link's even if a buyer wrote the mark into the spec.
struct MessageParts {
  std::string head, tail;
};
MessageParts message_parts(const PushItem& item, Channel channel) {
  const std::string mark = "{token}";
  std::string link = tracked_link(mark);
  std::string text = channel == Channel::sms ? sms_text(item, link) : wechat_message(item, link);
  auto at = text.rfind(mark);
  return {text.substr(0, at), text.substr(at + mark.size())};
}

// Writes the round's recipients (in score order, so that the first outbox chunks go to the
// best) in one INSERT ... SELECT: a round to 100 000 never sends them to the client and back.
// The round's transaction is READ COMMITTED (try_round), so this reads like a plain SELECT
// and share-locks none of the followers, scores, opt-outs and leads it reads (a click raising
// a score or an opt-out does not wait for the round); an address pushed meanwhile by another
// round hits uq_recipient_once and make_round runs this one again. Returns the number written.
int insert_recipients(db::Connection& db, const Policy& p, long long round_id, const PushItem& item,
                      Channel channel, int limit) {
  auto msg = message_parts(item, channel);
  std::vector<db::Param> params{round_id, item.id, channel_name(channel), msg.head, msg.tail};
  for (auto& x : candidate_params(p, item, channel, limit)) params.push_back(std::move(x));
  auto r = db.exec(
      std::string("INSERT INTO push_recipient (round_id, item_id, channel, user_id, lead_id, "
                  "address, token, message) SELECT ?, ?, ?, NULLIF(c.uid, 0), NULLIF(c.lid, 0), "
                  "c.address, c.token, CONCAT(?, c.token, ?) FROM (") +
          (channel == Channel::sms ? kSmsCandidates : kWechatCandidates) +
          ") c ORDER BY c.score DESC, c.address",
      params);
  return static_cast<int>(r.affected);
}

RoundResult existing(db::Connection& db, const std::string& request_key, Channel channel) {
  RoundResult res;
  auto r = db.query(
      "SELECT r.id, r.round_no, (SELECT COUNT(*) FROM push_recipient x WHERE x.round_id = r.id) "
      "FROM push_round r WHERE r.request_key = ? AND r.channel = ?",
      request_key, channel_name(channel));
  if (r.empty()) return res;
  res.outcome = RoundOutcome::again;
  res.round_id = r.one().i64(0);
  res.round_no = static_cast<int>(r.one().i64(1));
  res.recipients = static_cast<int>(r.one().i64(2));
  return res;
}

RoundResult try_round(db::Connection& db, const Policy& p, long long item_id, Channel channel,
                      const std::string& reason, const std::string& request_key, std::time_t now) {
  std::string at = market::datetime_of(now);
  return db::transact(db, db::Isolation::read_committed, [&](db::Transaction& tx) -> RoundResult {
    if (auto again = existing(db, request_key, channel); again.round_id) return again;
    RoundResult res;
    auto item = load_item(db, item_id, at);
    if (!item.open) {
      res.outcome = RoundOutcome::closed;
      return res;
    }
    auto last = db.query(
        "SELECT COALESCE(MAX(round_no), 0) FROM push_round WHERE item_id = ? AND "
        "channel = ?",
        item_id, channel_name(channel));
    int next = static_cast<int>(last.one().i64(0)) + 1;
    if (next > p.max_rounds) {
      res.outcome = RoundOutcome::limit;
      return res;
    }
    if (channel == Channel::wechat && p.wechat_template.empty()) return res;  // nobody
    if (item.variety_id == 0 || p.round_cap <= 0) return res;  // an unknown variety, a cap of 0
    auto ins = db.query(
        "INSERT INTO push_round (item_id, channel, round_no, reason, request_key, created_at, "
        "outboxed) VALUES (?, ?, ?, ?, ?, ?, 0)",
        item_id, channel_name(channel), next, reason, request_key, at);
    long long round_id = static_cast<long long>(ins.insert_id);
    int n = insert_recipients(db, p, round_id, item, channel, p.round_cap);
    if (n == 0) return res;  // nobody: rolled back, no empty round
    res.round_id = round_id;
    res.round_no = next;
    res.recipients = n;
    write_round_outbox(db, p, res.round_id, channel == Channel::sms, 0, now, p.outbox_chunk);
    tx.commit();
    res.outcome = RoundOutcome::made;
    return res;
  });
}

}  // namespace

RoundResult make_round(db::Connection& db, const Policy& p, long long item_id, Channel channel,
                       const std::string& reason, const std::string& request_key, std::time_t now) {
  // Two generators racing for one item: the loser's insert hits a unique key (round number or
  // an address already pushed) and rolls back; it tries again on the new state. A deadlock or
  // a lost certification is db::transact's to run again (at the outermost transaction).
  for (int attempt = 0;; ++attempt) {
    try {
      return try_round(db, p, item_id, channel, reason, request_key, now);
    } catch (const db::DuplicateKey&) {
      if (attempt == 4) throw;
    }
  }
}

}  // namespace push
