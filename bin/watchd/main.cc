// bin/yaocai-watchd — the family-watch device gateway (spec §5). One process, one libuv event
// loop over non-blocking sockets (no thread per connection), listening on [watch] listen for
// watches speaking [VV*IMEI*LLLL*CONTENT] frames. Beside the loop: a database worker that
// stores what the frames say in batches, another for commands and their answers, a frame-log
// writer, a Redis subscription to the watches whose offline box has news (a command from the app
// API), and the publisher of circle events to the apps over MQTT. Several gateways may run at once:
// commands find the one holding the watch through the registry in Redis.
//
// usage: yaocai-watchd [--log FILE] [--listen HOST:PORT] [--gateway NAME]
//   --log FILE          append log lines to FILE (reopened on SIGHUP, for logrotate); else stderr
//   --listen HOST:PORT  overrides [watch] listen
//   --gateway NAME      overrides [watch] gateway_id (default HOST:PORT)
// SIGTERM/SIGINT: close every connection (each watch goes offline once), store what is
// queued, exit 0.
#include <signal.h>
#include <sys/resource.h>
#include <uv.h>

#include <cstdio>
#include <string>

#include "bin/watchd/frame_writer.h"
#include "bin/watchd/gateway.h"
#include "bin/watchd/inbox.h"
#include "bin/watchd/log.h"
#include "bin/watchd/publisher.h"
#include "core/clock.h"
#include "core/config.h"
#include "db/connection.h"
#include "redis/client.h"
#include "watch/frame_log.h"
#include "watch/relay.h"
#include "watch/report.h"

namespace {

bool split_listen(const std::string& s, std::string& host, int& port) {
  auto colon = s.rfind(':');
  if (colon == std::string::npos) return false;
  host = s.substr(0, colon);
  port = std::atoi(s.c_str() + colon + 1);
  return !host.empty() && port > 0 && port < 65536;
}

// The watches a previous run held when it died (kill -9, a crash): each goes offline once,
// before this run accepts the reconnects that bring it online again.
void release_orphans(const std::string& gateway) {
  auto& r = redis::local();
  int n = 0;
  for (auto& [imei, token] : watch::relay_orphans(r, gateway)) {
    watch::went_offline(db::local(), imei);
    watch::relay_release(r, gateway, imei, token);
    ++n;
  }
  if (n) watchd::say("previous run left " + std::to_string(n) + " watches; marked offline");
}

// Room for 100 000 connections: systemd's LimitNOFILE sets it; elsewhere the hard limit, or
// more where the process may raise it (root).
void raise_open_files() {
  rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) != 0) return;
  rlimit want{120000, 120000};
  if (rl.rlim_max < want.rlim_max && setrlimit(RLIMIT_NOFILE, &want) == 0) return;
  rl.rlim_cur = rl.rlim_max;
  setrlimit(RLIMIT_NOFILE, &rl);
}

}  // namespace

int main(int argc, char** argv) {
  std::string log, listen, gateway;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--log" && i + 1 < argc) {
      log = argv[++i];
    } else if (a == "--listen" && i + 1 < argc) {
      listen = argv[++i];
    } else if (a == "--gateway" && i + 1 < argc) {
      gateway = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: yaocai-watchd [--log FILE] [--listen HOST:PORT] [--gateway NAME]\n");
      return 2;
    }
  }
  watchd::open_log(log);
  signal(SIGPIPE, SIG_IGN);
  raise_open_files();
  try {
    core::use_business_timezone();
    const auto& conf = core::Config::get();
    if (listen.empty()) listen = conf.str("watch", "listen", "127.0.0.1:5080");
    watchd::Options o;
    if (!split_listen(listen, o.host, o.port)) {
      watchd::say("fatal: bad listen address '" + listen + "' (HOST:PORT)");
      return 2;
    }
    if (gateway.empty()) gateway = conf.str("watch", "gateway_id");
    o.gateway = gateway.empty() ? listen : gateway;
    o.idle_seconds = static_cast<int>(2 * conf.num("watch", "heartbeat_seconds", 300));
    release_orphans(o.gateway);

    uv_loop_t* loop = uv_default_loop();
    watchd::FrameWriter frames(watch::frame_log_dir(),
                               static_cast<int>(conf.num("watch", "frame_log_days", 30)));
    watchd::Gateway gw(loop, o, frames);
    watchd::Inbox inbox(loop, [&gw](const std::string& imei) { gw.drain(imei); });
    gw.listen();
    watchd::Publisher publisher(o.gateway);
    watchd::say("listening on " + listen + " as gateway " + o.gateway);

    uv_signal_t term, intr, hup;
    struct Stop {
      watchd::Gateway* gw;
      uv_loop_t* loop;
    } stop{&gw, loop};
    for (auto* s : {&term, &intr, &hup}) {
      uv_signal_init(loop, s);
      s->data = &stop;
    }
    auto on_stop = [](uv_signal_t* s, int) {
      auto* st = static_cast<Stop*>(s->data);
      watchd::say("stopping: closing " + std::to_string(st->gw->connections()) + " connections");
      st->gw->shutdown();
      uv_stop(st->loop);
    };
    uv_signal_start(&term, on_stop, SIGTERM);
    uv_signal_start(&intr, on_stop, SIGINT);
    uv_signal_start(
        &hup, [](uv_signal_t*, int) { watchd::reopen_log(); }, SIGHUP);
    uv_run(loop, UV_RUN_DEFAULT);
    // Close callbacks queue each connection's goodbye; then the worker stores them all.
    for (auto* s : {&term, &intr, &hup}) uv_close(reinterpret_cast<uv_handle_t*>(s), nullptr);
    uv_run(loop, UV_RUN_NOWAIT);
    uv_run(loop, UV_RUN_NOWAIT);
    inbox.stop();
    gw.stop_storing();
    publisher.stop();
    frames.stop();
    uv_run(loop, UV_RUN_NOWAIT);
    watchd::say("stopped");
    return 0;
  } catch (const std::exception& e) {
    watchd::say(std::string("fatal: ") + e.what());
    return 1;
  }
}
