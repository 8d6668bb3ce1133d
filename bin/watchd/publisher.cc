#include "bin/watchd/publisher.h"

#include <mosquitto.h>

#include <chrono>
#include <ctime>
#include <stdexcept>

#include "bin/watchd/log.h"
#include "core/config.h"
#include "db/connection.h"
#include "redis/client.h"
#include "watch/app_push.h"

namespace watchd {
namespace {

constexpr int kBatch = 200;
constexpr const char* kLeaseKey = "watch:publisher";
constexpr int kLeaseMs = 3000;

}  // namespace

Publisher::Publisher(std::string gateway) : gateway_(std::move(gateway)) {
  mosquitto_lib_init();
  worker_ = std::thread([this] { run(); });
}

Publisher::~Publisher() { stop(); }

void Publisher::stop() {
  if (stop_.exchange(true)) return;
  if (worker_.joinable()) worker_.join();
  if (m_) {
    mosquitto_disconnect(m_);
    mosquitto_loop_stop(m_, false);
    mosquitto_destroy(m_);
    m_ = nullptr;
  }
  mosquitto_lib_cleanup();
}

void Publisher::run() {
  const auto& c = core::Config::get();
  std::string host = c.str("mqtt", "host", "127.0.0.1");
  int port = static_cast<int>(c.num("mqtt", "port", 1883));
  std::string client_id = "yaocai-watchd-" + gateway_;
  bool connected = false;
  while (!stop_) {
    try {
      if (!m_) {
        m_ = mosquitto_new(client_id.c_str(), true, nullptr);
        if (!m_) throw std::runtime_error("mosquitto_new failed");
        mosquitto_username_pw_set(m_, c.str("mqtt", "admin_user").c_str(),
                                  c.str("mqtt", "admin_password").c_str());
        mosquitto_loop_start(m_);
      }
      if (!connected) {
        int rc = mosquitto_connect(m_, host.c_str(), port, 30);
        if (rc != MOSQ_ERR_SUCCESS)
          throw std::runtime_error("MQTT broker " + host + ":" + std::to_string(port) + ": " +
                                   mosquitto_strerror(rc));
        connected = true;
        accounts_.clear();
        accounts_checked_ = 0;
        say("publishing circle events to MQTT at " + host + ":" + std::to_string(port));
      }
      step();
    } catch (const std::exception& e) {
      say(std::string("app push: ") + e.what() + "; retrying in 1 s");
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
  if (leader()) redis::local().cmd({"DEL", redis::local().key(kLeaseKey)});
}

bool Publisher::leader() {
  auto& r = redis::local();
  std::string key = r.key(kLeaseKey);
  auto got = r.cmd({"SET", key, gateway_, "NX", "PX", std::to_string(kLeaseMs)});
  if (!got.nil()) return true;
  auto holder = r.cmd({"GET", key});
  if (!holder.nil() && holder.str == gateway_) {
    r.cmd({"PEXPIRE", key, std::to_string(kLeaseMs)});
    return true;
  }
  return false;
}

void Publisher::publish(const std::string& topic, const std::string& body) {
  int rc = mosquitto_publish(m_, nullptr, topic.c_str(), static_cast<int>(body.size()), body.data(),
                             1, false);
  if (rc != MOSQ_ERR_SUCCESS)
    throw std::runtime_error("publish to " + topic + ": " + mosquitto_strerror(rc));
}

void Publisher::ensure_account(long long user) {
  if (accounts_.count(user)) return;
  publish("$CONTROL/dynamic-security/v1", watch::mqtt_account_commands(user).dump());
  accounts_.insert(user);
}

void Publisher::step() {
  if (!leader()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    return;
  }
  auto& db = db::local();
  // Accounts for every member, so an app can subscribe before the first event.
  std::time_t now = std::time(nullptr);
  if (now - accounts_checked_ >= 2) {
    accounts_checked_ = now;
    for (long long u : watch::circle_members(db)) ensure_account(u);
  }
  auto events = watch::unpushed_events(db, kBatch);
  if (events.empty()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return;
  }
  std::vector<long long> ids;
  for (const auto& e : events) {
    std::string body = e.body.dump();
    for (long long u : e.members) {
      ensure_account(u);
      publish(watch::user_topic(u), body);
    }
    ids.push_back(e.id);
  }
  watch::mark_pushed(db, ids);
}

}  // namespace watchd
