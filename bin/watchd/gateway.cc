#include "bin/watchd/gateway.h"

#include <netinet/in.h>

#include <ctime>
#include <stdexcept>

#include "bin/watchd/log.h"
#include "core/token.h"
#include "watch/device.h"
#include "watch/downlink.h"
#include "watch/uplink.h"

namespace watchd {

struct Gateway::Conn {
  uv_tcp_t tcp;
  Gateway* gw = nullptr;
  uint64_t id = 0;
  watch::FrameReader reader;
  std::string imei, vendor;
  std::time_t heard = 0;
  // Commands written and not answered yet: the word the watch echoes, and the command id.
  std::deque<std::pair<std::string, long long>> unanswered;
  bool closing = false;
  bool paused = false;  // reading stopped for backpressure
};

namespace {

struct WriteReq {
  uv_write_t req;
  std::string data;
};

// Every read lands here: the loop is one thread and a read is consumed before the next one,
// so 10 000 connections share 64 KiB instead of holding a buffer each.
char g_read_buf[1 << 16];

// Jobs waiting for the reports' worker past which connections stop being read, and below which
// they are read again. The high mark is a few batches (store.cc takes 1 000 a batch), a few MB.
constexpr size_t kPauseAt = 20000, kResumeBelow = 5000;

}  // namespace

Gateway::Gateway(uv_loop_t* loop, Options o, FrameWriter& log)
    : loop_(loop),
      o_(std::move(o)),
      log_(log),
      store_(loop, o_.gateway, [this](std::vector<Done>& d) { done(d); }),
      commands_(loop, o_.gateway, [this](std::vector<Done>& d) { done(d); }),
      run_(core::random_hex(4)) {
  uv_tcp_init(loop_, &server_);
  server_.data = this;
  uv_timer_init(loop_, &tick_);
  tick_.data = this;
}

Gateway::~Gateway() = default;

void Gateway::listen() {
  sockaddr_in addr;
  if (uv_ip4_addr(o_.host.c_str(), o_.port, &addr) != 0)
    throw std::runtime_error("bad listen address " + o_.host);
  int rc = uv_tcp_bind(&server_, reinterpret_cast<const sockaddr*>(&addr), 0);
  if (rc == 0) rc = uv_listen(reinterpret_cast<uv_stream_t*>(&server_), 4096, &on_connection);
  if (rc != 0)
    throw std::runtime_error("cannot listen on " + o_.host + ":" + std::to_string(o_.port) + ": " +
                             uv_strerror(rc));
  uv_timer_start(&tick_, &on_tick, 1000, 1000);
}

void Gateway::shutdown() {
  if (closed_) return;
  closed_ = true;
  uv_timer_stop(&tick_);
  uv_close(reinterpret_cast<uv_handle_t*>(&tick_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&server_), nullptr);
  std::vector<Conn*> all;
  for (auto& [id, c] : conns_) all.push_back(c);
  for (Conn* c : all) close(*c, "");
}

std::string Gateway::token(const Conn& c) const {
  return o_.gateway + "#" + run_ + "." + std::to_string(c.id);
}

void Gateway::on_connection(uv_stream_t* server, int status) {
  auto* gw = static_cast<Gateway*>(server->data);
  if (status < 0) return;
  auto* c = new Conn;
  c->gw = gw;
  c->id = gw->next_id_++;
  c->heard = std::time(nullptr);
  uv_tcp_init(gw->loop_, &c->tcp);
  c->tcp.data = c;
  if (uv_accept(server, reinterpret_cast<uv_stream_t*>(&c->tcp)) != 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(&c->tcp),
             [](uv_handle_t* h) { delete static_cast<Conn*>(h->data); });
    return;
  }
  uv_tcp_nodelay(&c->tcp, 1);
  gw->conns_[c->id] = c;
  uv_read_start(reinterpret_cast<uv_stream_t*>(&c->tcp), &on_alloc, &on_read);
}

void Gateway::on_alloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  buf->base = g_read_buf;
  buf->len = sizeof g_read_buf;
}

void Gateway::on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf) {
  auto* c = static_cast<Conn*>(s->data);
  Gateway* gw = c->gw;
  if (n < 0) {
    gw->close(*c,
              n == UV_EOF ? "" : std::string("read error: ") + uv_strerror(static_cast<int>(n)));
    return;
  }
  if (n == 0 || c->closing) return;
  c->reader.feed(std::string_view(buf->base, static_cast<size_t>(n)));
  gw->consume(*c);
}

// Handles the frames the connection's reader holds, until the reports' queue is too long: the
// rest waits in the reader (at most one read) and the socket is not read until it drained.
void Gateway::consume(Conn& c) {
  watch::Frame f;
  std::string why;
  while (!c.closing) {
    if (store_.waiting() >= kPauseAt) {
      pause(c);
      return;
    }
    auto r = c.reader.next(f, why);
    if (r == watch::FrameReader::Result::more) break;
    if (r == watch::FrameReader::Result::bad) {
      close(c, "bad frame: " + why);
      break;
    }
    handle(c, f);
  }
}

void Gateway::pause(Conn& c) {
  if (c.paused) return;
  c.paused = true;
  uv_read_stop(reinterpret_cast<uv_stream_t*>(&c.tcp));
  paused_.push_back(c.id);
}

void Gateway::resume() {
  if (paused_.empty() || store_.waiting() >= kResumeBelow) return;
  std::vector<uint64_t> ids;
  ids.swap(paused_);
  for (uint64_t id : ids) {
    auto it = conns_.find(id);
    if (it == conns_.end() || it->second->closing) continue;
    Conn& c = *it->second;
    c.paused = false;
    consume(c);
    if (!c.paused && !c.closing)
      uv_read_start(reinterpret_cast<uv_stream_t*>(&c.tcp), &on_alloc, &on_read);
  }
}

void Gateway::stop_storing() {
  commands_.stop();
  store_.stop();
}

void Gateway::handle(Conn& c, watch::Frame& f) {
  if (!watch::valid_imei(f.imei)) {
    close(c, "device id " + f.imei + " is not a 15-digit IMEI");
    return;
  }
  log_.add(f.imei, '<', watch::encode_frame(f.vendor, f.imei, f.content));
  if (c.imei.empty()) {
    c.imei = f.imei;
    c.vendor = f.vendor;
    uint64_t old = 0;
    if (auto it = by_imei_.find(c.imei); it != by_imei_.end()) old = it->second;
    by_imei_[c.imei] = c.id;
    // Registered before the older connection's goodbye is queued: that one then no longer
    // holds the watch and writes no offline event.
    Job hello;
    hello.kind = Job::hello;
    hello.conn = c.id;
    hello.imei = c.imei;
    hello.vendor = c.vendor;
    hello.token = token(c);
    store_.push(std::move(hello));
    if (old && old != c.id) {
      auto it = conns_.find(old);
      if (it != conns_.end()) close(*it->second, "replaced by a new connection of the watch");
    }
    say("watch " + c.imei + " connected (" + c.vendor + ")");
  } else if (f.imei != c.imei) {
    close(c, "IMEI changed from " + c.imei + " to " + f.imei);
    return;
  }
  c.heard = std::time(nullptr);
  // An answer to a command we wrote carries the command's word.
  for (auto it = c.unanswered.begin(); it != c.unanswered.end(); ++it) {
    if (it->first != f.type) continue;
    Job ack;
    ack.kind = Job::ack;
    ack.conn = c.id;
    ack.imei = c.imei;
    ack.command_id = it->second;
    commands_.push(std::move(ack));
    Job heard;
    heard.kind = Job::touch;
    heard.conn = c.id;
    heard.imei = c.imei;
    store_.push(std::move(heard));
    c.unanswered.erase(it);
    return;
  }
  Job j;
  j.conn = c.id;
  j.imei = c.imei;
  j.frame = f.type;
  if (f.type == "LK") {
    auto lk = watch::decode_lk(f);
    j.kind = Job::keepalive;
    j.lk = *lk;
    j.reply = "LK";
  } else if (f.type == "UD" || f.type == "UD2" || f.type == "AL") {
    auto rep = watch::decode_report(f);
    if (!rep) {
      say("watch " + c.imei + ": unreadable " + f.type + " frame ignored");
      if (f.type == "AL") write(c, "AL");  // answered anyway, or the watch repeats it forever
      return;
    }
    j.kind = Job::report;
    j.rep = std::move(*rep);
    if (f.type == "AL") j.reply = "AL";
  } else if (f.type == "TK") {
    auto voice = watch::decode_voice(f);
    if (!voice) return;
    j.kind = Job::voice;
    j.amr = std::move(*voice);
    j.reply = "TK,1";
  } else {
    // Vendors add their own types (PULSE, WT, CONFIG ...): logged above, not a reason to drop
    // the watch, which would only reconnect and send it again.
    say("watch " + c.imei + ": frame type " + f.type + " not handled");
    j.kind = Job::touch;
  }
  store_.push(std::move(j));
}

void Gateway::write(Conn& c, const std::string& content) {
  if (c.closing) return;
  auto* w = new WriteReq;
  w->data = watch::encode_frame(c.vendor.empty() ? "3G" : c.vendor, c.imei, content);
  log_.add(c.imei, '>', w->data);
  uv_buf_t b = uv_buf_init(w->data.data(), static_cast<unsigned>(w->data.size()));
  w->req.data = w;
  int rc = uv_write(&w->req, reinterpret_cast<uv_stream_t*>(&c.tcp), &b, 1,
                    [](uv_write_t* req, int) { delete static_cast<WriteReq*>(req->data); });
  if (rc != 0) {
    delete w;
    close(c, std::string("write error: ") + uv_strerror(rc));
  }
}

void Gateway::close(Conn& c, const std::string& why) {
  if (c.closing) return;
  c.closing = true;
  if (!why.empty())
    say("watch " + (c.imei.empty() ? std::string("?") : c.imei) + ": closed, " + why);
  uv_read_stop(reinterpret_cast<uv_stream_t*>(&c.tcp));
  uv_close(reinterpret_cast<uv_handle_t*>(&c.tcp), &on_close);
}

void Gateway::on_close(uv_handle_t* h) {
  auto* c = static_cast<Conn*>(h->data);
  Gateway* gw = c->gw;
  gw->conns_.erase(c->id);
  if (!c->imei.empty()) {
    auto it = gw->by_imei_.find(c->imei);
    if (it != gw->by_imei_.end() && it->second == c->id) gw->by_imei_.erase(it);
    Job bye;
    bye.kind = Job::bye;
    bye.conn = c->id;
    bye.imei = c->imei;
    bye.token = gw->token(*c);
    for (auto& [word, id] : c->unanswered) bye.unanswered.push_back(id);
    gw->store_.push(std::move(bye));
  }
  delete c;
}

void Gateway::on_tick(uv_timer_t* t) {
  auto* gw = static_cast<Gateway*>(t->data);
  std::time_t now = std::time(nullptr);
  std::vector<Conn*> silent;
  for (auto& [id, c] : gw->conns_)
    if (now - c->heard > gw->o_.idle_seconds) silent.push_back(c);
  for (Conn* c : silent) gw->close(*c, "silent for " + std::to_string(now - c->heard) + " s");
  // Watches of a gateway that died elsewhere: offline after 2 x heartbeat.
  if (now - gw->last_sweep_ >= 60) {
    gw->last_sweep_ = now;
    Job sweep;
    sweep.kind = Job::sweep;
    gw->store_.push(std::move(sweep));
  }
}

void Gateway::drain(const std::string& imei) {
  auto it = by_imei_.find(imei);
  if (it == by_imei_.end()) return;
  Job j;
  j.kind = Job::drain;
  j.conn = it->second;
  j.imei = imei;
  commands_.push(std::move(j));
}

void Gateway::done(std::vector<Done>& list) {
  for (auto& d : list) {
    auto it = conns_.find(d.conn);
    if (it == conns_.end() || it->second->closing) {
      // The watch left before its commands could be written: back into the box.
      if (!d.commands.empty()) {
        Job bye;
        bye.kind = Job::bye;
        bye.imei = d.imei;
        for (auto& o : d.commands) bye.unanswered.push_back(o.id);
        store_.push(std::move(bye));
      }
      continue;
    }
    Conn& c = *it->second;
    if (!d.reply.empty()) write(c, d.reply);
    for (auto& o : d.commands) {
      write(c, o.content);
      c.unanswered.emplace_back(watch::ack_word(o.content), o.id);
    }
  }
  resume();
}

}  // namespace watchd
