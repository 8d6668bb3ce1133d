// A watch for the gateway tests: a blocking TCP connection that sends frames and reads the
// gateway's, and a second gateway process a test starts and kills itself.
#pragma once
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "watch/frame.h"

namespace testenv {

// The port of the test stack's gateway ([watch] listen).
int gateway_port();
// A free TCP port on 127.0.0.1.
int free_port();
// Polls `done` every `poll_ms` until it holds or `seconds` passed.
bool eventually(const std::function<bool()>& done, double seconds = 5, int poll_ms = 20);

class WatchSocket {
 public:
  WatchSocket(std::string imei, int port = gateway_port());
  ~WatchSocket();
  WatchSocket(const WatchSocket&) = delete;
  WatchSocket& operator=(const WatchSocket&) = delete;
  bool connected() const { return fd_ >= 0; }
  // Sends `content` as a frame (or raw bytes as they are).
  void send(const std::string& content);
  void send_raw(const std::string& bytes);
  // The next frame from the gateway within `seconds`; nullopt on timeout or a closed socket.
  std::optional<watch::Frame> read(double seconds = 5);
  // The next frame of `type`, skipping others; nullopt on timeout.
  std::optional<watch::Frame> read_type(const std::string& type, double seconds = 5);
  // True once the gateway closed the connection (within `seconds`).
  bool closed_by_gateway(double seconds = 5);
  // An LK and its answer: everything sent before it is stored.
  bool keepalive(int battery = 80);
  // UD / AL content at a position, now.
  static std::string report(const std::string& type, double lat, double lon, unsigned status = 0);
  const std::string& imei() const { return imei_; }

 private:
  std::string imei_;
  int fd_ = -1;
  watch::FrameReader reader_;
};

// A gateway of its own (bin/yaocai-watchd) on a free port under another name, for the tests of
// several gateways and of a crash.
class GatewayProcess {
 public:
  explicit GatewayProcess(std::string name);
  ~GatewayProcess();
  void start();
  void kill9();
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  int port_;
  pid_t pid_ = 0;
};

}  // namespace testenv
