// The gateway's event loop side (libuv, one thread, no thread per connection): accepts watch
// connections, reads frames, hands what they say to the Stores (one for what watches report,
// one for commands), writes answers and commands, closes silent or misbehaving connections, and
// logs every frame per watch. When the reports' queue is long it stops reading the sockets that
// bring more (backpressure) until the queue drained: a burst waits in the kernel's socket
// buffers and at the watches, not in this process's memory.
#pragma once
#include <uv.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>

#include "bin/watchd/frame_writer.h"
#include "bin/watchd/store.h"
#include "watch/frame.h"

namespace watchd {

struct Options {
  std::string host = "127.0.0.1";
  int port = 5080;
  std::string gateway;     // registry name of this gateway
  int idle_seconds = 600;  // 2 x heartbeat
};

class Gateway {
 public:
  Gateway(uv_loop_t* loop, Options o, FrameWriter& log);
  ~Gateway();
  // Binds and listens; throws std::runtime_error when it cannot.
  void listen();
  // Stops accepting and closes every connection (each gets its offline job).
  void shutdown();
  // The watch's offline box has news (from Redis): what waits goes out now if this gateway
  // holds the watch; else it waits for the watch's next LK wherever it connects.
  void drain(const std::string& imei);
  size_t connections() const { return conns_.size(); }
  // Stores what is queued (the goodbyes of closed connections too), then ends both workers.
  void stop_storing();

 private:
  struct Conn;
  static void on_connection(uv_stream_t* server, int status);
  static void on_alloc(uv_handle_t* h, size_t suggested, uv_buf_t* buf);
  static void on_read(uv_stream_t* s, ssize_t n, const uv_buf_t* buf);
  static void on_close(uv_handle_t* h);
  static void on_tick(uv_timer_t* t);
  void consume(Conn& c);
  void pause(Conn& c);
  void resume();
  void handle(Conn& c, watch::Frame& f);
  void write(Conn& c, const std::string& content);
  void close(Conn& c, const std::string& why);
  void done(std::vector<Done>& list);
  std::string token(const Conn& c) const;

  uv_loop_t* loop_;
  Options o_;
  FrameWriter& log_;
  Store store_;     // what the watches report, presence
  Store commands_;  // commands written to watches and their answers
  uv_tcp_t server_;
  uv_timer_t tick_;
  bool closed_ = false;
  uint64_t next_id_ = 1;
  std::string run_;  // distinguishes this run's tokens from a previous run's
  std::unordered_map<uint64_t, Conn*> conns_;
  std::unordered_map<std::string, uint64_t> by_imei_;
  std::vector<uint64_t> paused_;  // connections not read while the reports' queue is long
  std::time_t last_sweep_ = 0;
};

}  // namespace watchd
