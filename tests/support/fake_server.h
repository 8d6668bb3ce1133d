// The plumbing every fake external service shares (SMS gateway, WeChat, geolocation): a
// listening socket on loopback or a Unix path, one thread that reads each HTTP/1.0 request
// whole (head and Content-Length body), asks the fake for the answer and closes.
#pragma once
#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace testenv {

struct FakeRequest {
  std::string target;  // path and query, as on the request line
  std::string head;    // request line and headers
  std::string body;
  // A header's value ("" when absent); `name` in lower case.
  std::string header(const std::string& name) const;
  std::string path() const { return target.substr(0, target.find('?')); }
};

// A whole HTTP/1.0 response with a JSON body; `extra` holds more header lines, each ending
// in \r\n.
std::string fake_reply(int status, const std::string& body, const std::string& extra = "");

class FakeServer {
 public:
  using Handler = std::function<std::string(const FakeRequest&)>;
  // Listens on 127.0.0.1, on a port of the system's choosing (port()).
  explicit FakeServer(Handler h);
  // Listens on the Unix socket `path` (replacing a stale one), open to every user: nginx
  // workers may run as another user.
  FakeServer(const std::string& path, Handler h);
  ~FakeServer();
  FakeServer(const FakeServer&) = delete;

  int port() const { return port_; }
  // Stops accepting and waits for the request in hand; the destructor does it too.
  void stop();

 private:
  void serve();
  Handler handler_;
  int fd_ = -1, port_ = 0;
  std::string path_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace testenv
