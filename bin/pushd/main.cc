// bin/yaocai-pushd — the push sender. Reads the push queue (a Redis Stream) as one consumer of
// the group "pushd": round entries become push rounds with outbox rows, due outbox rows are
// queued as send entries, send entries are delivered in batches. Several may run at once; an
// entry a dead daemon left pending is taken over after lease_seconds (XAUTOCLAIM).
//
// usage: yaocai-pushd [--log FILE] [--once]
//   --log FILE  append log lines to FILE (reopened on SIGHUP, for logrotate); else stderr
//   --once      handle what is queued and due now, then exit (jobs and tests)
// SIGTERM/SIGINT: finish the entry in hand, then exit 0.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

#include "core/clock.h"
#include "core/config.h"
#include "core/daemon_log.h"
#include "core/error.h"
#include "db/connection.h"
#include "push/outbox.h"
#include "push/policy.h"
#include "push/queue.h"
#include "push/round.h"
#include "redis/client.h"

namespace {

volatile std::sig_atomic_t g_stop = 0, g_reopen = 0;
std::string g_log;

void on_signal(int sig) {
  if (sig == SIGHUP)
    g_reopen = 1;
  else
    g_stop = 1;
}

void install_signals() {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns, and the loop sees the flag
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGHUP, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

void open_log() { core::reopen_log(g_log); }

void say(const std::string& line) { core::log_line("pushd", line); }

const char* outcome_name(push::RoundOutcome o) {
  switch (o) {
    case push::RoundOutcome::made: return "made";
    case push::RoundOutcome::again: return "made before";
    case push::RoundOutcome::limit: return "round limit reached";
    case push::RoundOutcome::nobody: return "nobody to push";
    case push::RoundOutcome::closed: return "item not open";
  }
  return "?";
}

class Daemon {
 public:
  Daemon(redis::Client& r, push::Policy p) : q_(r), p_(std::move(p)) {
    char host[64] = "host";
    ::gethostname(host, sizeof host - 1);
    consumer_ = std::string(host) + "-" + std::to_string(::getpid());
  }

  void handle(const push::Entry& e) {
    if (e.type == "round") {
      for (auto ch : {push::Channel::sms, push::Channel::wechat}) {
        try {
          auto r = push::make_round(db::local(), p_, e.item, ch, e.reason, e.id, core::now());
          if (r.outcome == push::RoundOutcome::made)
            say("item " + std::to_string(e.item) + " " + push::channel_name(ch) + " round " +
                std::to_string(r.round_no) + ": " + std::to_string(r.recipients) + " recipients");
          else
            say("item " + std::to_string(e.item) + " " + push::channel_name(ch) + ": " +
                outcome_name(r.outcome));
        } catch (const core::NotFound&) {
          say("item " + std::to_string(e.item) + " does not exist; entry dropped");
          return;
        }
      }
      dispatch();
    } else if (e.type == "send") {
      auto d = push::deliver(db::local(), p_, push::default_sender(), e.ids, core::now());
      if (d.sent + d.failed + d.retry + d.deferred + d.dropped)
        say("batch of " + std::to_string(e.ids.size()) + ": sent " + std::to_string(d.sent) +
            ", retry " + std::to_string(d.retry) + ", failed " + std::to_string(d.failed) +
            ", waiting " + std::to_string(d.deferred) + ", dropped " + std::to_string(d.dropped) +
            ", already handled " + std::to_string(d.skipped));
    } else {
      say("malformed entry " + e.id + " dropped");
    }
  }

  static constexpr int kDispatchRows = 2000;

  // Queues the outbox rows that are due as send entries.
  int dispatch() {
    int n = 0;
    for (const auto& batch : push::take_due(db::local(), p_, core::now(), kDispatchRows)) {
      q_.add(push::send_fields(batch));
      n += static_cast<int>(batch.size());
    }
    return n;
  }

  // One pass: taken-over entries first, then new ones (blocking up to block_ms).
  // Returns how many entries were handled.
  int step(int block_ms) {
    auto now = std::chrono::steady_clock::now();
    std::vector<push::Entry> entries;
    if (now >= next_reclaim_) {
      entries = q_.reclaim(consumer_, p_.lease_seconds * 1000L, 10);
      next_reclaim_ = now + std::chrono::seconds(std::max(1, p_.lease_seconds / 4));
    }
    if (entries.empty()) entries = q_.read(consumer_, 10, block_ms);
    for (const auto& e : entries) {
      handle(e);
      q_.done(e.id);  // only once handled: a crash before this leaves it for a takeover
      if (g_stop) break;
    }
    if (now >= next_dispatch_) {
      // A full page of due rows means more are waiting: look again at once, not in a second.
      bool full = dispatch() >= kDispatchRows;
      next_dispatch_ = full ? now : now + std::chrono::seconds(1);
    }
    return static_cast<int>(entries.size());
  }

  push::Queue& queue() { return q_; }
  const std::string& consumer() const { return consumer_; }

 private:
  push::Queue q_;
  push::Policy p_;
  std::string consumer_;
  std::chrono::steady_clock::time_point next_reclaim_{}, next_dispatch_{};
};

}  // namespace

int main(int argc, char** argv) {
  bool once = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--log" && i + 1 < argc) {
      g_log = argv[++i];
    } else if (a == "--once") {
      once = true;
    } else {
      std::fprintf(stderr, "usage: yaocai-pushd [--log FILE] [--once]\n");
      return 2;
    }
  }
  open_log();
  install_signals();
  try {
    core::use_business_timezone();
    auto settings = redis::Settings::from_config();
    const int block_ms = 1000;
    settings.timeout_ms = std::max(settings.timeout_ms, block_ms + 2000);
    redis::Client r(settings);
    Daemon d(r, push::Policy::from_config());
    d.queue().ensure_group();
    say("started as consumer " + d.consumer());
    if (once) {
      while (d.step(0) > 0 && !g_stop) {
      }
      // A large round's outbox is written a chunk per dispatch: until nothing more is due.
      while (d.dispatch() > 0 && !g_stop) {
        while (d.step(0) > 0 && !g_stop) {
        }
      }
      return 0;
    }
    while (!g_stop) {
      if (g_reopen) {
        g_reopen = 0;
        open_log();
      }
      try {
        d.step(block_ms);
      } catch (const std::exception& e) {
        if (g_stop) break;
        // MariaDB or Redis away: what was not acknowledged is taken up again later.
        say(std::string("error: ") + e.what() + "; retrying in 1 s");
        std::this_thread::sleep_for(std::chrono::seconds(1));
      }
    }
    say("stopped");
    return 0;
  } catch (const std::exception& e) {
    say(std::string("fatal: ") + e.what());
    return 1;
  }
}
