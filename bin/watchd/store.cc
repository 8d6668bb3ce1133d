#include "bin/watchd/store.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "bin/watchd/log.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/error.h"
#include "core/token.h"
#include "db/connection.h"
#include "db/in_list.h"
#include "db/transact.h"
#include "redis/client.h"
#include "watch/clock.h"
#include "watch/downlink.h"
#include "watch/event.h"
#include "watch/offline_box.h"
#include "watch/position.h"
#include "watch/relay.h"

namespace watchd {
namespace {

constexpr size_t kBatchJobs = 1000;
constexpr int kBoxCommands = 50;

// Cell / Wi-Fi fixes wait for the geolocation service: they are stored after the batch, one by
// one, so a slow service never holds the batch's row locks.
bool needs_geolocation(const Job& j) { return j.kind == Job::report && !j.rep.fix.gps_valid; }

// Live and stored GPS fixes, which a batch stores together; an alarm's fix goes alone, its
// event names it.
bool joins_fixes(const Job& j) {
  return j.kind == Job::report && j.frame != "AL" && j.rep.fix.gps_valid;
}

// Logins and keep-alives, which a batch stores together too.
bool joins_beats(const Job& j) { return j.kind == Job::hello || j.kind == Job::keepalive; }

void touch(db::Connection& db, const std::string& imei) {
  db.query("UPDATE watch_device SET last_seen_at = ? WHERE imei = ?", watch::utc_sql(core::now()),
           imei);
}

// What waits in the watch's offline box, oldest first, marked sent; a command the protocol
// cannot carry expires instead, and one that left the box meanwhile is skipped.
void take_box(db::Connection& db, const std::string& imei, std::vector<Outgoing>& out) {
  for (const auto& c : watch::offline_box(db, imei, kBoxCommands)) {
    std::string content = watch::downlink_content(c.type, c.payload);
    if (content.empty()) {
      watch::expire(db, c.id);
      say("command " + std::to_string(c.id) + " of type " + c.type +
          " cannot be sent to a watch; expired");
    } else if (watch::mark_sent(db, c.id)) {
      out.push_back({c.id, content});
    }
  }
}

// The offline boxes of many watches (after a batch's keep-alives): one lookup finds the few
// that hold anything, and only those are taken.
std::map<std::string, std::vector<Outgoing>> take_boxes(db::Connection& db,
                                                        const std::vector<std::string>& imeis) {
  std::map<std::string, std::vector<Outgoing>> out;
  for (const auto& row : db::each_in(db,
                                     "SELECT DISTINCT imei FROM watch_command WHERE"
                                     " status = 'queued' AND imei IN ",
                                     {}, db::params_of(imeis))
                             .rows)
    take_box(db, row.str(0), out[row.str(0)]);
  return out;
}

std::string save_voice(const std::string& imei, const std::string& amr) {
  std::string dir = core::Config::get().str("paths", "upload_dir", "var/uploads") + "/voice";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string name = imei + "-" + std::to_string(core::now()) + "-" + core::random_hex(4) + ".amr";
  std::ofstream out(dir + "/" + name, std::ios::binary);
  out.write(amr.data(), static_cast<std::streamsize>(amr.size()));
  return "voice/" + name;
}

// Redis writes that must wait for the batch's commit; a failing one is logged, never a reason to
// store the batch again.
void after_commit(db::Connection& db, std::function<void()> f) {
  db.after_commit([f = std::move(f)] {
    try {
      f();
    } catch (const std::exception& e) {
      say(std::string("after commit: ") + e.what());
    }
  });
}

}  // namespace

Store::Store(uv_loop_t* loop, std::string gateway, std::function<void(std::vector<Done>&)> on_done)
    : gateway_(std::move(gateway)), on_done_(std::move(on_done)) {
  uv_async_init(loop, &async_, &Store::wake);
  async_.data = this;
  worker_ = std::thread([this] { run(); });
}

Store::~Store() { stop(); }

void Store::push(Job j) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    jobs_.push_back(std::move(j));
  }
  cv_.notify_one();
}

size_t Store::waiting() {
  std::lock_guard<std::mutex> lock(mu_);
  return jobs_.size();
}

void Store::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_one();
  if (worker_.joinable()) worker_.join();
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
}

void Store::wake(uv_async_t* a) {
  auto* self = static_cast<Store*>(a->data);
  std::vector<Done> done;
  {
    std::lock_guard<std::mutex> lock(self->mu_);
    done.swap(self->done_);
  }
  self->on_done_(done);
}

void Store::run() {
  while (true) {
    std::vector<Job> jobs;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] { return stop_ || !jobs_.empty(); });
      if (jobs_.empty() && stop_) return;
      while (!jobs_.empty() && jobs.size() < kBatchJobs) {
        jobs.push_back(std::move(jobs_.front()));
        jobs_.pop_front();
      }
    }
    std::vector<Done> done;
    batch(jobs, done);
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (auto& d : done) done_.push_back(std::move(d));
    }
    uv_async_send(&async_);
  }
}

void Store::batch(std::vector<Job>& jobs, std::vector<Done>& done) {
  auto& db = db::local();
  std::vector<Done> out;
  bool ok = false;
  // One transaction for the batch, run again whole when the server refuses it (a deadlock, a
  // lost certification, a node gone): the jobs stay as they are until it commits, and what
  // to write to the watches is collected afresh by each attempt.
  try {
    db::transact(db, [&](db::Transaction& tx) {
      out.clear();
      all(jobs, out);
      tx.commit();
    });
    ok = true;
  } catch (const std::exception& e) {
    say(std::string("batch of ") + std::to_string(jobs.size()) + " failed (" + e.what() +
        "); storing its jobs one by one");
  }
  if (!ok) {
    // One by one: a job that cannot be stored must not take the others with it.
    out.clear();
    for (auto& j : jobs) {
      if (needs_geolocation(j)) continue;
      std::vector<Done> mine;
      try {
        db::transact(db, [&](db::Transaction& tx) {
          mine.clear();
          one(j, mine);
          tx.commit();
        });
        for (auto& d : mine) out.push_back(std::move(d));
      } catch (const std::exception& e) {
        say("watch " + j.imei + ": not stored (" + e.what() + ")");
      }
    }
  }
  for (auto& j : jobs) {
    if (!needs_geolocation(j)) continue;
    try {
      one(j, out);
    } catch (const std::exception& e) {
      say("watch " + j.imei + ": fix not stored (" + e.what() + ")");
    }
  }
  for (auto& d : out) done.push_back(std::move(d));
}

// The jobs in order, except that logins, keep-alives and GPS fixes gather into a group stored
// with a few multi-row statements (keep-alives first, then fixes). The group is stored before
// any other job of a watch in it, before a keep-alive of a watch whose fixes wait in it (an
// LK's answer says that what came before is stored), and before a sweep.
void Store::all(std::vector<Job>& jobs, std::vector<Done>& out) {
  Group g;
  for (auto& j : jobs) {
    if (needs_geolocation(j)) continue;
    if (joins_fixes(j)) {
      g.fixes.push_back(&j);
      g.fixed.insert(j.imei);
      g.in.insert(j.imei);
      continue;
    }
    if (joins_beats(j)) {
      if (g.fixed.count(j.imei)) store(g, out);
      g.beats.push_back(&j);
      g.in.insert(j.imei);
      continue;
    }
    if (j.kind == Job::sweep || g.in.count(j.imei)) store(g, out);
    one(j, out);
  }
  store(g, out);
}

void Store::store(Group& g, std::vector<Done>& out) {
  auto& db = db::local();
  std::vector<watch::Beat> beats;
  std::vector<std::string> alive;
  for (Job* j : g.beats) {
    if (j->kind == Job::hello) {
      // As in one(): at once, and once even when db::transact runs the batch again.
      if (!j->registered) watch::relay_register(redis::local(), gateway_, j->imei, j->token);
      j->registered = true;
      watch::Heartbeat hb;
      hb.vendor = j->vendor;
      beats.push_back({j->imei, hb});
    } else {
      beats.push_back({j->imei, j->lk.heartbeat});
      alive.push_back(j->imei);
    }
  }
  watch::heartbeats(db, beats);
  fixes(g.fixes);
  // The offline box goes out after each keep-alive.
  auto boxes = take_boxes(db, alive);
  for (Job* j : g.beats) {
    Done d;
    d.conn = j->conn;
    d.imei = j->imei;
    d.reply = j->reply;
    if (j->kind == Job::keepalive) {
      auto box = boxes.find(j->imei);
      if (box != boxes.end()) d.commands.swap(box->second);
    }
    if (!d.reply.empty() || !d.commands.empty()) out.push_back(std::move(d));
  }
  g = Group();
}

void Store::fixes(std::vector<Job*>& group) {
  if (group.empty()) return;
  auto& db = db::local();
  std::vector<watch::Fix> fix;
  fix.reserve(group.size());
  for (Job* j : group) fix.push_back(j->rep.fix);
  auto stored = watch::ingest_fixes(db, fix);
  // Each watch's newest step count and the time it was heard, in one statement.
  std::map<std::string, long long> steps;
  for (size_t i = 0; i < group.size(); ++i) {
    const Job& j = *group[i];
    if (!stored[i].refused.empty()) {
      std::string line = "watch " + j.imei + ": " + j.frame + " fix refused: " + stored[i].refused;
      after_commit(db, [line] { say(line); });
    }
    auto& s = steps.try_emplace(j.imei, -1).first->second;
    if (j.rep.steps >= 0) s = j.rep.steps;
  }
  std::string now = watch::utc_sql(core::now());
  std::vector<db::Param> rows;
  for (const auto& [imei, s] : steps)
    for (db::Param v :
         {db::Param(imei), s >= 0 ? db::Param(s) : db::Param(nullptr), db::Param(now)})
      rows.push_back(std::move(v));
  db::each_rows(db, "INSERT INTO watch_device (imei, steps, last_seen_at) VALUES ", 3, rows,
                " ON DUPLICATE KEY UPDATE steps = COALESCE(VALUES(steps), steps),"
                " last_seen_at = VALUES(last_seen_at)");
  group.clear();
}

void Store::one(Job& j, std::vector<Done>& out) {
  auto& db = db::local();
  auto& r = redis::local();
  Done d;
  d.conn = j.conn;
  d.imei = j.imei;
  d.reply = j.reply;
  switch (j.kind) {
    case Job::hello: {
      // At once, not after the commit: it records the live connection, not data, and a bye
      // later in this batch must find it. Once: a batch run again does not repeat it.
      if (!j.registered) watch::relay_register(r, gateway_, j.imei, j.token);
      j.registered = true;
      watch::Heartbeat hb;
      hb.vendor = j.vendor;
      watch::heartbeat(db, j.imei, hb);
      break;
    }
    case Job::keepalive: {
      watch::heartbeat(db, j.imei, j.lk.heartbeat);
      take_box(db, j.imei, d.commands);
      break;
    }
    case Job::report: {
      long long position = 0;
      try {
        // Its own transaction (a savepoint in the batch): a refused fix leaves nothing behind.
        position = watch::ingest_fix(db, j.rep.fix).id;
      } catch (const db::Lost&) {
        throw;  // the batch died with the connection: db::transact runs it again
      } catch (const core::Error& e) {
        std::string line = "watch " + j.imei + ": " + j.frame + " fix refused: " + e.what();
        after_commit(db, [line] { say(line); });
      }
      if (j.frame == "AL") watch::alarm(db, j.imei, j.rep.alarm, position, j.rep.fix.battery);
      if (j.rep.steps >= 0)
        db.query("UPDATE watch_device SET steps = ? WHERE imei = ?", j.rep.steps, j.imei);
      touch(db, j.imei);
      break;
    }
    case Job::voice: {
      if (j.voice_file.empty()) j.voice_file = save_voice(j.imei, j.amr);
      const std::string& file = j.voice_file;
      auto c = db.query("SELECT circle_id FROM watch_device WHERE imei = ?", j.imei);
      if (!c.empty() && !c.one().null(0) && c.one().i64(0))
        watch::record_event(db, c.one().i64(0), "voice", j.imei, 0,
                            {{"file", file}, {"bytes", j.amr.size()}});
      touch(db, j.imei);
      break;
    }
    case Job::ack: {
      long long id = j.command_id;
      // No touch here: the commands' worker stays off the rows the fixes' worker writes (the
      // gateway sends a touch of its own through the other).
      if (watch::acknowledge(db, j.imei, id))
        after_commit(db, [id] { watch::relay_answer(redis::local(), id); });
      break;
    }
    case Job::touch: touch(db, j.imei); break;
    case Job::bye: {
      // Offline only when this connection still holds the watch: one that reconnected (here
      // or at another gateway) stays online, and no second event is written.
      if (watch::relay_holds(r, j.imei, j.token)) {
        watch::went_offline(db, j.imei);
        std::string gw = gateway_, imei = j.imei, token = j.token;
        after_commit(db,
                     [gw, imei, token] { watch::relay_release(redis::local(), gw, imei, token); });
      }
      // Sent but never answered: back into the box for the next connection.
      watch::return_unacknowledged(db, j.imei, j.unanswered);
      break;
    }
    case Job::drain: take_box(db, j.imei, d.commands); break;
    case Job::sweep: {
      int n = watch::sweep_silent(db, core::now());
      if (n)
        after_commit(db, [n] { say("marked " + std::to_string(n) + " silent watches offline"); });
      break;
    }
  }
  if (!d.reply.empty() || !d.commands.empty()) out.push_back(std::move(d));
}

}  // namespace watchd
