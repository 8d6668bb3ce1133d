#include "push/outbox.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "market/clock.h"
#include "push/courtesy.h"
#include "push/optout.h"
#include "redis/client.h"
#include "wechat/api.h"

namespace push {
namespace {

enum State { kWaiting = 0, kQueued = 1, kSending = 2, kSent = 3, kFailed = 4, kDropped = 5 };

class ConfiguredSender : public Sender {
 public:
  std::vector<sms::Sent> sms(const std::vector<sms::Message>& batch) override {
    return sms::gateway().send_batch(batch);
  }
  sms::Sent wechat(const Outgoing& m) override {
    sms::Sent s;
    try {
      auto j = nlohmann::json::parse(m.data);
      wechat::send_template(redis::local(), m.address, m.tpl, j.value("url", ""),
                            j.value("data", nlohmann::json::object()));
      s.ok = true;
    } catch (const std::exception& e) {
      s.error = e.what();
    }
    return s;
  }
};

std::string in_list(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

void mark(db::Connection& db, const std::vector<long long>& ids, const std::string& now) {
  const size_t chunk = 500;
  for (size_t start = 0; start < ids.size(); start += chunk) {
    size_t n = std::min(chunk, ids.size() - start);
    std::vector<db::Param> params{now};
    for (size_t i = 0; i < n; ++i) params.emplace_back(ids[start + i]);
    db.exec("UPDATE push_outbox SET state = 1, queued_at = ? WHERE id IN (" + in_list(n) + ")",
            params);
  }
}

struct Row {
  long long id = 0, recipient_id = 0;
  int tries = 0;
  std::string kind, counted_day;
  Outgoing out;
};

// Claims the row for this worker: queued, or claimed by a worker whose lease ran out.
bool claim(db::Connection& db, const Policy& p, long long id, std::time_t now) {
  auto r = db.query(
      "UPDATE push_outbox SET state = 2, lease_until = ? WHERE id = ? AND (state = 1 OR "
      "(state = 2 AND lease_until < ?))",
      market::datetime_of(now + p.lease_seconds), id, market::datetime_of(now));
  return r.affected == 1;
}

Row load(db::Connection& db, long long id) {
  auto r = db.query(
      "SELECT id, kind, channel, address, template, data, idem_key, COALESCE(recipient_id, 0), "
      "tries, COALESCE(counted_day, '') FROM push_outbox WHERE id = ?",
      id);
  const auto& x = r.one();
  Row row;
  row.id = x.i64(0);
  row.kind = x.str(1);
  row.out = {row.id, x.str(2), x.str(3), x.str(4), x.str(5), x.str(6)};
  row.recipient_id = x.i64(7);
  row.tries = static_cast<int>(x.i64(8));
  row.counted_day = x.str(9);
  return row;
}

void wait_until(db::Connection& db, const Row& row, std::time_t when) {
  db.query("UPDATE push_outbox SET state = 0, next_try_at = ? WHERE id = ?",
           market::datetime_of(when), row.id);
}

void drop(db::Connection& db, const Row& row) {
  db.query("UPDATE push_outbox SET state = 5 WHERE id = ?", row.id);
  if (row.recipient_id)
    db.query("UPDATE push_recipient SET status = 4 WHERE id = ? AND status = 0", row.recipient_id);
}

// Whether the SMS may go now; otherwise it is dropped or put back to wait, and counted.
bool courteous(db::Connection& db, const Policy& p, Row& row, std::time_t now, Delivery& d) {
  if (row.kind != "push") {
    std::time_t at = courtesy_time(p, now);
    if (at == now) return true;
    wait_until(db, row, at);
    ++d.deferred;
    return false;
  }
  if (opted_out(db, row.out.address)) {
    drop(db, row);
    ++d.dropped;
    return false;
  }
  std::time_t at = courtesy_time(p, now);
  if (at != now) {
    wait_until(db, row, at);
    ++d.deferred;
    return false;
  }
  std::string day = core::date_of(now);
  if (row.counted_day == day) return true;  // counted before a failed attempt today
  if (!take_daily_sms(db, p, row.out.address, day)) {
    wait_until(db, row, next_morning(p, now));
    ++d.deferred;
    return false;
  }
  db.query("UPDATE push_outbox SET counted_day = ? WHERE id = ?", day, row.id);
  row.counted_day = day;
  return true;
}

void record(db::Connection& db, const Policy& p, const Row& row, const sms::Sent& s,
            std::time_t now, Delivery& d) {
  std::string at = market::datetime_of(now);
  if (s.ok) {
    db.query(
        "UPDATE push_outbox SET state = 3, provider_id = ?, sent_at = ?, tries = tries + 1, "
        "error = '' WHERE id = ?",
        s.provider_id, at, row.id);
    if (row.recipient_id)
      db.query("UPDATE push_recipient SET status = 1, sent_at = ? WHERE id = ? AND status = 0", at,
               row.recipient_id);
    ++d.sent;
    return;
  }
  int tries = row.tries + 1;
  std::string error = s.error.substr(0, 200);
  if (tries >= p.max_tries) {
    db.query("UPDATE push_outbox SET state = 4, tries = ?, error = ? WHERE id = ?", tries, error,
             row.id);
    if (row.recipient_id)
      db.query("UPDATE push_recipient SET status = 3 WHERE id = ? AND status = 0",
               row.recipient_id);
    ++d.failed;
    return;
  }
  long delay = p.backoff_seconds;
  for (int i = 1; i < tries && delay < 3600; ++i) delay *= 2;
  delay = std::min(delay, 3600L);
  db.query("UPDATE push_outbox SET state = 0, tries = ?, error = ?, next_try_at = ? WHERE id = ?",
           tries, error, market::datetime_of(now + delay), row.id);
  ++d.retry;
}

}  // namespace

Sender& default_sender() {
  static ConfiguredSender s;
  return s;
}

std::vector<std::vector<long long>> take_due(db::Connection& db, const Policy& p, std::time_t now,
                                             int max_rows) {
  std::string at = market::datetime_of(now);
  std::vector<long long> ids;
  {
    db::Transaction tx(db);
    auto add = [&](const db::Result& r) {
      for (const auto& row : r.rows) ids.push_back(row.i64(0));
    };
    add(
        db.query("SELECT id FROM push_outbox WHERE state = 0 AND next_try_at <= ? "
                 "ORDER BY next_try_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
                 at, max_rows));
    add(
        db.query("SELECT id FROM push_outbox WHERE state = 2 AND lease_until < ? "
                 "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                 at, max_rows));
    add(
        db.query("SELECT id FROM push_outbox WHERE state = 1 AND queued_at < ? "
                 "ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                 market::datetime_of(now - 10L * p.lease_seconds), max_rows));
    mark(db, ids, at);
    tx.commit();
  }
  std::vector<std::vector<long long>> batches;
  for (size_t i = 0; i < ids.size(); i += p.batch)
    batches.emplace_back(ids.begin() + i, ids.begin() + std::min(ids.size(), i + p.batch));
  return batches;
}

Delivery deliver(db::Connection& db, const Policy& p, Sender& sender,
                 const std::vector<long long>& ids, std::time_t now) {
  Delivery d;
  std::vector<Row> sms_rows, wechat_rows;
  for (long long id : ids) {
    if (!claim(db, p, id, now)) {
      ++d.skipped;
      continue;
    }
    Row row = load(db, id);
    if (row.out.channel == "sms") {
      if (courteous(db, p, row, now, d)) sms_rows.push_back(std::move(row));
    } else {
      wechat_rows.push_back(std::move(row));
    }
  }
  if (!sms_rows.empty()) {
    std::vector<sms::Message> batch;
    for (const auto& r : sms_rows)
      batch.push_back({r.out.address, r.out.tpl, r.out.data, "", r.out.key});
    std::vector<sms::Sent> results;
    try {
      results = sender.sms(batch);
    } catch (const std::exception& e) {
      results.assign(batch.size(), sms::Sent{false, "", e.what()});
    }
    results.resize(batch.size(), sms::Sent{false, "", "no result"});
    db::Transaction tx(db);
    for (size_t i = 0; i < sms_rows.size(); ++i) record(db, p, sms_rows[i], results[i], now, d);
    tx.commit();
  }
  for (const auto& r : wechat_rows) record(db, p, r, sender.wechat(r.out), now, d);
  return d;
}

long long add_event(db::Connection& db, const Policy& p, const std::string& channel,
                    const std::string& address, const std::string& tpl, const std::string& data,
                    const std::string& key, std::time_t now) {
  std::string at = market::datetime_of(now);
  auto r = db.query(
      "INSERT IGNORE INTO push_outbox (kind, channel, address, template, data, idem_key, state, "
      "next_try_at, created_at) VALUES ('event', ?, ?, ?, ?, ?, 0, ?, ?)",
      channel, address, tpl, data, key, at, at);
  return r.affected ? static_cast<long long>(r.insert_id) : 0;
}

}  // namespace push
