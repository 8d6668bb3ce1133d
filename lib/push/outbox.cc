#include "push/outbox.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/clock.h"
#include "db/in_list.h"
#include "db/transact.h"
#include "market/clock.h"
#include "push/courtesy.h"
#include "push/optout.h"
#include "push/round_outbox.h"
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
                            j.value("data", nlohmann::json::object()), m.key);
      s.ok = true;
    } catch (const std::exception& e) {
      s.error = e.what();
    }
    return s;
  }
};

void mark(db::Connection& db, const std::vector<long long>& ids, const std::string& now) {
  db::each_in(db, "UPDATE push_outbox SET state = 1, queued_at = ? WHERE id IN ", {now},
              db::params_of(ids));
}

struct Row {
  long long id = 0, recipient_id = 0;
  int tries = 0;
  std::string kind, counted_day;
  Outgoing out;
};

std::vector<long long> ids_of(const std::vector<Row>& rows) {
  std::vector<long long> ids;
  ids.reserve(rows.size());
  for (const auto& r : rows) ids.push_back(r.id);
  return ids;
}

std::vector<long long> recipients_of(const std::vector<Row>& rows) {
  std::vector<long long> ids;
  for (const auto& r : rows)
    if (r.recipient_id) ids.push_back(r.recipient_id);
  return ids;
}

// Claims and loads the rows of `ids` still to be sent, in one transaction: queued rows, and
// rows claimed by a worker whose lease ran out. A parallel worker waits on the row locks and
// then sees them claimed, so each row goes to one worker.
std::vector<Row> claim(db::Connection& db, const Policy& p, const std::vector<long long>& ids,
                       std::time_t now) {
  if (ids.empty()) return {};
  std::string at = market::datetime_of(now);
  return db::transact(db, [&](db::Transaction& tx) {
    std::vector<Row> rows;
    auto r = db::each_in(db,
                         "SELECT id, kind, channel, address, template, data, idem_key, "
                         "COALESCE(recipient_id, 0), tries, COALESCE(counted_day, '') "
                         "FROM push_outbox WHERE (state = 1 OR (state = 2 AND lease_until < ?)) "
                         "AND id IN ",
                         {at}, db::params_of(ids), " ORDER BY id FOR UPDATE");
    for (const auto& x : r.rows) {
      Row row;
      row.id = x.i64(0);
      row.kind = x.str(1);
      row.out = {row.id, x.str(2), x.str(3), x.str(4), x.str(5), x.str(6)};
      row.recipient_id = x.i64(7);
      row.tries = static_cast<int>(x.i64(8));
      row.counted_day = x.str(9);
      rows.push_back(std::move(row));
    }
    db::each_in(db, "UPDATE push_outbox SET state = 2, lease_until = ? WHERE id IN ",
                {market::datetime_of(now + p.lease_seconds)}, db::params_of(ids_of(rows)));
    tx.commit();
    return rows;
  });
}

void wait_until(db::Connection& db, const std::vector<Row>& rows, std::time_t when) {
  db::each_in(db, "UPDATE push_outbox SET state = 0, next_try_at = ? WHERE id IN ",
              {market::datetime_of(when)}, db::params_of(ids_of(rows)));
}

void drop(db::Connection& db, const std::vector<Row>& rows) {
  db::each_in(db, "UPDATE push_outbox SET state = 5 WHERE id IN ", {}, db::params_of(ids_of(rows)));
  db::each_in(db, "UPDATE push_recipient SET status = 4 WHERE status = 0 AND id IN ", {},
              db::params_of(recipients_of(rows)));
}

// The SMS rows that may go now; the others are dropped (opted out) or put back to wait (quiet
// hours, daily cap), and counted.
std::vector<Row> courteous(db::Connection& db, const Policy& p, const std::vector<Row>& rows,
                           std::time_t now, Delivery& d) {
  if (rows.empty()) return {};
  struct Sorted {
    std::vector<Row> go;
    int dropped = 0, deferred = 0;
  };
  // A refused attempt runs again from `rows`, which it only reads; the counts reach `d` once.
  auto sorted = db::transact(db, [&](db::Transaction& tx) {
    std::vector<Row> pushes, go, wait, dropped;
    for (const auto& r : rows) (r.kind == "push" ? pushes : go).push_back(r);
    std::time_t at = courtesy_time(p, now);
    if (at != now) {  // quiet hours hold every SMS, marketing or not
      for (auto& r : go) wait.push_back(std::move(r));
      go.clear();
    }
    std::vector<std::string> mobiles;
    for (const auto& r : pushes) mobiles.push_back(r.out.address);
    std::set<std::string> out = opted_out(db, mobiles);
    std::vector<Row> counting;  // marketing rows that still need a share of today's cap
    std::string day = core::date_of(now);
    for (auto& r : pushes) {
      if (out.count(r.out.address))
        dropped.push_back(std::move(r));
      else if (at != now)
        wait.push_back(std::move(r));
      else if (r.counted_day == day)  // counted before a failed attempt today
        go.push_back(std::move(r));
      else
        counting.push_back(std::move(r));
    }
    std::vector<std::string> wanted;
    for (const auto& r : counting) wanted.push_back(r.out.address);
    std::vector<bool> granted = take_daily_sms(db, p, wanted, day);
    std::vector<Row> over;
    std::vector<long long> counted;
    for (size_t i = 0; i < counting.size(); ++i) {
      if (granted[i]) {
        counted.push_back(counting[i].id);
        counting[i].counted_day = day;
        go.push_back(std::move(counting[i]));
      } else {
        over.push_back(std::move(counting[i]));
      }
    }
    db::each_in(db, "UPDATE push_outbox SET counted_day = ? WHERE id IN ", {day},
                db::params_of(counted));
    drop(db, dropped);
    wait_until(db, wait, at);
    wait_until(db, over, next_morning(p, now));
    tx.commit();
    return Sorted{std::move(go), static_cast<int>(dropped.size()),
                  static_cast<int>(wait.size() + over.size())};
  });
  d.dropped += sorted.dropped;
  d.deferred += sorted.deferred;
  return std::move(sorted.go);
}

// Records the successful sends in two constant statements: the provider ids arrive as one JSON
// array of [id, provider id] pairs read by JSON_TABLE, the recipients by IN list.
void record_sent(db::Connection& db, const std::vector<std::pair<const Row*, std::string>>& sent,
                 const std::string& at) {
  if (sent.empty()) return;
  auto pairs = nlohmann::json::array();
  for (const auto& s : sent) pairs.push_back({s.first->id, s.second});
  db.query(
      "UPDATE push_outbox o JOIN JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT UNSIGNED PATH '$[0]', "
      "provider_id VARCHAR(64) PATH '$[1]')) s ON s.id = o.id "
      "SET o.state = 3, o.provider_id = s.provider_id, o.sent_at = ?, o.tries = o.tries + 1, "
      "o.error = ''",
      pairs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), at);
  std::vector<long long> recipients;
  for (const auto& s : sent)
    if (s.first->recipient_id) recipients.push_back(s.first->recipient_id);
  db::each_in(db, "UPDATE push_recipient SET status = 1, sent_at = ? WHERE status = 0 AND id IN ",
              {at}, db::params_of(recipients));
}

// A failed send: tries-doubled backoff, given up after max_tries.
void record_failure(db::Connection& db, const Policy& p, const Row& row, const std::string& why,
                    std::time_t now, Delivery& d) {
  int tries = row.tries + 1;
  std::string error = why.substr(0, 200);
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

void record(db::Connection& db, const Policy& p, const std::vector<Row>& rows,
            const std::vector<sms::Sent>& results, std::time_t now, Delivery& d) {
  std::string at = market::datetime_of(now);
  // Counted afresh by each attempt, added to `d` once the one that committed returns.
  Delivery counts = db::transact(db, [&](db::Transaction& tx) {
    Delivery c;
    std::vector<std::pair<const Row*, std::string>> sent;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (results[i].ok)
        sent.emplace_back(&rows[i], results[i].provider_id);
      else
        record_failure(db, p, rows[i], results[i].error, now, c);
    }
    record_sent(db, sent, at);
    tx.commit();
    c.sent = static_cast<int>(sent.size());
    return c;
  });
  d.sent += counts.sent;
  d.failed += counts.failed;
  d.retry += counts.retry;
}

}  // namespace

Sender& default_sender() {
  static ConfiguredSender s;
  return s;
}

std::vector<std::vector<long long>> take_due(db::Connection& db, const Policy& p, std::time_t now,
                                             int max_rows) {
  std::string at = market::datetime_of(now);
  write_pending_outbox(db, p, now, std::min(max_rows, p.outbox_chunk));
  auto due = db::transact(db, [&](db::Transaction& tx) {
    std::vector<long long> ids;
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
    return ids;
  });
  std::vector<std::vector<long long>> batches;
  for (size_t i = 0; i < due.size(); i += p.batch)
    batches.emplace_back(due.begin() + i, due.begin() + std::min(due.size(), i + p.batch));
  return batches;
}

Delivery deliver(db::Connection& db, const Policy& p, Sender& sender,
                 const std::vector<long long>& ids, std::time_t now) {
  Delivery d;
  std::vector<Row> rows = claim(db, p, ids, now);
  d.skipped = static_cast<int>(ids.size() - rows.size());
  std::vector<Row> sms_rows, wechat_rows;
  for (auto& r : rows) (r.out.channel == "sms" ? sms_rows : wechat_rows).push_back(std::move(r));
  sms_rows = courteous(db, p, sms_rows, now, d);
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
    record(db, p, sms_rows, results, now, d);
  }
  for (const auto& r : wechat_rows) record(db, p, {r}, {sender.wechat(r.out)}, now, d);
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
