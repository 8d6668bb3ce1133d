// App push: a thread that publishes every circle event to its members' MQTT topics and
// creates each member's broker account. With several gateways one publishes at a time (a
// lease in Redis), so an event goes out once; the feed table is the outbox.
#pragma once
#include <atomic>
#include <set>
#include <string>
#include <thread>

struct mosquitto;

namespace watchd {

class Publisher {
 public:
  explicit Publisher(std::string gateway);
  ~Publisher();
  void stop();

 private:
  void run();
  void step();
  bool leader();
  void ensure_account(long long user);
  void publish(const std::string& topic, const std::string& body);

  std::string gateway_;
  mosquitto* m_ = nullptr;
  std::set<long long> accounts_;
  std::time_t accounts_checked_ = 0;
  std::atomic<bool> stop_{false};
  std::thread worker_;
};

}  // namespace watchd
