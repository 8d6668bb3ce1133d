// `yaocai watch-sim`: simulated kids' watches for the demo, the tests and the benchmark. N
// connections on one libuv loop; each logs in with LK, keeps alive, walks a route reporting
// UD fixes, may raise an SOS, answers every command as a watch does (echoing its word), and
// prints what a MESSAGE shows on its screen (the bind code a parent types into the app).
//
//   yaocai watch-sim [--host 127.0.0.1] [--port P] [--count 1] [--imei 863000010000001]
//                    [--route home-school|still] [--every 10] [--heartbeat 60] [--sos-after S]
//                    [--seconds S] [--burst N] [--quiet]
// --port defaults to the port of [watch] listen; IMEIs count up from --imei; --seconds ends
// the run (default: until interrupted), printing totals; --burst N sends N stored fixes (UD2)
// from each watch right after it logged in (the benchmark's burst).
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <uv.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "bin/cli/command.h"
#include "core/config.h"
#include "watch/downlink.h"
#include "watch/frame.h"

namespace cli {
namespace {

struct Sim;

struct Watch {
  Sim* sim = nullptr;
  std::string imei;
  uv_tcp_t tcp;
  uv_connect_t connect;
  uv_timer_t retry;
  watch::FrameReader reader;
  bool up = false;
  int step = 0;
  long long steps = 0;
  int battery = 100;
  bool sos_sent = false;
  std::time_t started = 0, last_lk = 0, last_ud = 0;
};

struct Sim {
  uv_loop_t* loop = nullptr;
  sockaddr_in addr{};
  std::vector<std::unique_ptr<Watch>> watches;
  std::string route = "home-school";
  int every = 10, heartbeat = 60, sos_after = -1, burst = 0;
  bool quiet = false;
  long long sent_positions = 0, commands = 0, connects = 0;
};

// 家 and 学校 of the demo family (bin/cli/demo_watch.cc).
constexpr double kHomeLat = 39.9087, kHomeLon = 116.3975, kSchoolLat = 39.9230,
                 kSchoolLon = 116.4110;
constexpr int kLegSteps = 20;

char g_buf[1 << 16];

void send(Watch& w, const std::string& content) {
  if (!w.up) return;
  struct Req {
    uv_write_t req;
    std::string data;
  };
  auto* r = new Req;
  r->data = watch::encode_frame("3G", w.imei, content);
  r->req.data = r;
  uv_buf_t b = uv_buf_init(r->data.data(), static_cast<unsigned>(r->data.size()));
  if (uv_write(&r->req, reinterpret_cast<uv_stream_t*>(&w.tcp), &b, 1,
               [](uv_write_t* req, int) { delete static_cast<Req*>(req->data); }) != 0)
    delete r;
}

// Two digits of a date or time field (0..99).
std::string two(int v) {
  v = ((v % 100) + 100) % 100;
  return {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

std::string position_content(Watch& w, const char* type, unsigned status) {
  double k = 0;
  if (w.sim->route == "home-school") {
    int s = w.step % (2 * kLegSteps);
    k = s <= kLegSteps ? double(s) / kLegSteps : double(2 * kLegSteps - s) / kLegSteps;
  }
  // Spread many watches a little so they do not all stand on one spot.
  double jitter = (std::stoll(w.imei.substr(9)) % 1000) * 1e-5;
  double lat = kHomeLat + (kSchoolLat - kHomeLat) * k + jitter;
  double lon = kHomeLon + (kSchoolLon - kHomeLon) * k;
  std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  char pos[64], st[16];
  std::snprintf(pos, sizeof pos, "%.6f,N,%.6f,E", lat, lon);
  std::snprintf(st, sizeof st, "%08x", status);
  return std::string(type) + "," + two(tm.tm_mday) + two(tm.tm_mon + 1) + two(tm.tm_year % 100) +
         "," + two(tm.tm_hour) + two(tm.tm_min) + two(tm.tm_sec) + ",A," + pos +
         ",4.2,90.0,50.0,9,100," + std::to_string(w.battery) + "," + std::to_string(w.steps) +
         ",0," + st + ",1,1,460,0,9360,4082,131,0";
}

void report(Watch& w) {
  ++w.step;
  w.steps += 40;
  send(w, position_content(w, "UD", 0));
  ++w.sim->sent_positions;
}

void on_frame(Watch& w, const watch::Frame& f) {
  if (f.type == "LK" || f.type == "AL" || f.type == "TK") return;  // answers to us
  ++w.sim->commands;
  if (f.type == "MESSAGE") {
    auto fields = f.fields();
    std::string text = fields.empty() ? "" : watch::utf8_of_utf16be_hex(fields[0]);
    std::cout << "watch " << w.imei << " shows: " << text << std::endl;
  } else if (!w.sim->quiet) {
    std::cout << "watch " << w.imei << " got " << f.type << std::endl;
  }
  send(w, f.type);  // the acknowledgement: the command's word
  if (f.type == "CR") report(w);
}

void start(Watch& w);

void lost(Watch& w) {
  if (!w.up) return;
  w.up = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&w.tcp), [](uv_handle_t* h) {
    auto* w = static_cast<Watch*>(h->data);
    uv_timer_start(
        &w->retry, [](uv_timer_t* t) { start(*static_cast<Watch*>(t->data)); }, 1000, 0);
  });
}

void on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf) {
  auto* w = static_cast<Watch*>(s->data);
  if (n < 0) {
    lost(*w);
    return;
  }
  w->reader.feed(std::string_view(buf->base, static_cast<size_t>(n)));
  watch::Frame f;
  std::string why;
  watch::FrameReader::Result r;
  while ((r = w->reader.next(f, why)) == watch::FrameReader::Result::frame) on_frame(*w, f);
  if (r == watch::FrameReader::Result::bad) {
    std::cerr << "watch " << w->imei << ": bad frame from the server: " << why << "\n";
    lost(*w);
  }
}

// Many watches to one gateway on this machine: every 2 000 of them connect from an address of
// their own in 127.0.0.0/8 (all of it is this machine), the port taken at connect time. From one
// address the kernel looks for a free source port past every port already connected to the
// gateway, which made connecting 15 000 watches cost the simulator more than the gateway.
void bind_source(Watch& w) {
  if ((ntohl(w.sim->addr.sin_addr.s_addr) >> 24) != 127) return;
  uv_os_fd_t fd;
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(&w.tcp), &fd) != 0) return;
  int on = 1;
  if (setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &on, sizeof on) != 0) return;
  sockaddr_in from{};
  from.sin_family = AF_INET;
  auto block = static_cast<uint32_t>(std::stoll(w.imei) / 2000 % 0xFFFFFE);
  from.sin_addr.s_addr = htonl((127u << 24) | (block + 1));
  uv_tcp_bind(&w.tcp, reinterpret_cast<const sockaddr*>(&from), 0);
}

void start(Watch& w) {
  w.reader = watch::FrameReader();
  uv_tcp_init_ex(w.sim->loop, &w.tcp, AF_INET);
  w.tcp.data = &w;
  bind_source(w);
  w.connect.data = &w;
  uv_tcp_connect(
      &w.connect, &w.tcp, reinterpret_cast<const sockaddr*>(&w.sim->addr),
      [](uv_connect_t* c, int status) {
        auto* w = static_cast<Watch*>(c->data);
        if (status < 0) {
          w->up = true;  // so lost() closes the handle and retries
          lost(*w);
          return;
        }
        w->up = true;
        ++w->sim->connects;
        uv_read_start(
            reinterpret_cast<uv_stream_t*>(&w->tcp),
            [](uv_handle_t*, size_t, uv_buf_t* b) { *b = uv_buf_init(g_buf, sizeof g_buf); },
            &on_read);
        send(*w, "LK," + std::to_string(w->steps) + ",0," + std::to_string(w->battery));
        w->last_lk = std::time(nullptr);
        for (int i = 0; i < w->sim->burst; ++i) {
          ++w->step;
          send(*w, position_content(*w, "UD2", 0));
          ++w->sim->sent_positions;
        }
      });
}

void tick(Sim& sim) {
  std::time_t now = std::time(nullptr);
  for (auto& p : sim.watches) {
    Watch& w = *p;
    if (!w.up) continue;
    if (now - w.last_lk >= sim.heartbeat) {
      w.last_lk = now;
      send(w, "LK," + std::to_string(w.steps) + ",0," + std::to_string(w.battery));
    }
    if (sim.every > 0 && now - w.last_ud >= sim.every) {
      w.last_ud = now;
      if (w.battery > 30 && w.step % 10 == 9) --w.battery;
      report(w);
    }
    if (sim.sos_after >= 0 && !w.sos_sent && now - w.started >= sim.sos_after) {
      w.sos_sent = true;
      send(w, position_content(w, "AL", 1u << 16));
      std::cout << "watch " << w.imei << " sent an SOS" << std::endl;
    }
  }
}

}  // namespace

int watch_sim(const Args& args) {
  Sim sim;
  sim.loop = uv_default_loop();
  std::string host = option(args, "host", "127.0.0.1");
  std::string listen = core::Config::get().str("watch", "listen", "127.0.0.1:5080");
  int port = std::stoi(option(args, "port", listen.substr(listen.rfind(':') + 1)));
  int count = std::stoi(option(args, "count", "1"));
  std::string first = option(args, "imei", "863000010000001");
  sim.route = option(args, "route", "home-school");
  sim.every = std::stoi(option(args, "every", "10"));
  sim.heartbeat = std::stoi(option(args, "heartbeat", "60"));
  sim.sos_after = std::stoi(option(args, "sos-after", "-1"));
  int seconds = std::stoi(option(args, "seconds", "0"));
  sim.burst = std::stoi(option(args, "burst", "0"));
  // Each watch is a socket: take the whole hard limit of open files.
  rlimit rl, want{static_cast<rlim_t>(count) + 1024, static_cast<rlim_t>(count) + 1024};
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < want.rlim_cur &&
      setrlimit(RLIMIT_NOFILE, &want) != 0) {
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
  }
  for (const auto& a : args)
    if (a == "--quiet") sim.quiet = true;
  if (count < 1 || first.size() != 15 || uv_ip4_addr(host.c_str(), port, &sim.addr) != 0) {
    std::cerr << "watch-sim: bad --count, --imei (15 digits) or --host/--port\n";
    return 2;
  }
  long long base = std::stoll(first);
  std::time_t now = std::time(nullptr);
  for (int i = 0; i < count; ++i) {
    auto w = std::make_unique<Watch>();
    w->sim = &sim;
    w->imei = std::to_string(base + i);
    w->started = now;
    // Spread the first reports over the interval, as real watches are.
    w->last_ud = now - (sim.every > 0 ? i % sim.every : 0);
    uv_timer_init(sim.loop, &w->retry);
    w->retry.data = w.get();
    sim.watches.push_back(std::move(w));
  }
  for (auto& w : sim.watches) start(*w);
  uv_timer_t timer;
  uv_timer_init(sim.loop, &timer);
  timer.data = &sim;
  uv_timer_start(
      &timer, [](uv_timer_t* t) { tick(*static_cast<Sim*>(t->data)); }, 1000, 1000);
  uv_timer_t end;
  uv_timer_init(sim.loop, &end);
  if (seconds > 0)
    uv_timer_start(
        &end, [](uv_timer_t* t) { uv_stop(t->loop); }, static_cast<uint64_t>(seconds) * 1000, 0);
  uv_signal_t term;
  uv_signal_init(sim.loop, &term);
  uv_signal_start(
      &term, [](uv_signal_t* s, int) { uv_stop(s->loop); }, SIGTERM);
  uv_signal_t intr;
  uv_signal_init(sim.loop, &intr);
  uv_signal_start(
      &intr, [](uv_signal_t* s, int) { uv_stop(s->loop); }, SIGINT);
  std::cout << "watch-sim: " << count << " watches from " << first << " to " << host << ":" << port
            << std::endl;
  uv_run(sim.loop, UV_RUN_DEFAULT);
  long long up = 0;
  for (auto& w : sim.watches) up += w->up;
  std::cout << "watch-sim: " << up << " connected, " << sim.connects << " connects, "
            << sim.sent_positions << " positions sent, " << sim.commands << " commands answered"
            << std::endl;
  return 0;
}

}  // namespace cli
