// The device gateway (bin/yaocai-watchd) with watches on real TCP connections: the stack's own
// gateway, plus gateways a test starts and kills. What watches send reaches the circle's feed
// and its members' MQTT topics; commands reach the watch through whichever gateway holds it;
// a crashed gateway leaves one offline and one online event per watch and loses no position
// it had answered.
#include <gtest/gtest.h>
#include <mosquitto.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

#include "core/config.h"
#include "db/connection.h"
#include "tests/support/stack.h"
#include "tests/support/watch_app.h"
#include "tests/support/watch_socket.h"
#include "watch/app_push.h"
#include "watch/command.h"
#include "watch/frame_log.h"
#include "watch/relay.h"

using nlohmann::json;
using testenv::App;
using testenv::eventually;
using testenv::WatchSocket;

namespace {

constexpr double kHomeLat = 39.9087, kHomeLon = 116.3975;

long long count(const std::string& sql, const std::string& imei) {
  return db::local().query(sql, imei).one().i64(0);
}
long long positions_of(const std::string& imei) {
  return count("SELECT COUNT(*) FROM watch_position WHERE imei = ?", imei);
}
long long events_of(const std::string& imei, const std::string& type, long long after = 0) {
  return db::local()
      .query("SELECT COUNT(*) FROM watch_event WHERE imei = ? AND type = ? AND id > ?", imei, type,
             after)
      .one()
      .i64(0);
}
long long last_event_id() {
  return db::local().query("SELECT COALESCE(MAX(id), 0) FROM watch_event").one().i64(0);
}
std::string command_status(long long id) {
  return db::local().query("SELECT status FROM watch_command WHERE id = ?", id).one().str(0);
}

// The MQTT login GET /v1/me hands the app.
json mqtt_of(App& app) {
  auto me = app.get("/v1/me");
  EXPECT_EQ(me.status, 200) << me.body;
  return me.json()["data"]["mqtt"];
}

// An app's MQTT connection subscribed to one topic, keeping what arrives.
class Subscriber {
 public:
  Subscriber(const json& mqtt, const std::string& topic) {
    static const int initialised = mosquitto_lib_init();
    (void)initialised;
    struct {
      std::string host, username, password;
      int port;
    } login{mqtt.value("host", ""), mqtt.value("username", ""), mqtt.value("password", ""),
            mqtt.value("port", 0)};
    // The gateway creates the account within a few seconds of the user joining a circle.
    connected_ = eventually(
        [&] {
          reset();
          m_ = mosquitto_new(nullptr, true, this);
          mosquitto_username_pw_set(m_, login.username.c_str(), login.password.c_str());
          mosquitto_connect_callback_set(m_, [](mosquitto*, void* self, int rc) {
            auto* s = static_cast<Subscriber*>(self);
            std::lock_guard<std::mutex> lock(s->mu_);
            s->connack_ = rc;
          });
          mosquitto_subscribe_callback_set(
              m_, [](mosquitto*, void* self, int, int n, const int* granted) {
                auto* s = static_cast<Subscriber*>(self);
                std::lock_guard<std::mutex> lock(s->mu_);
                s->granted_ = n > 0 ? granted[0] : -1;
              });
          mosquitto_message_callback_set(
              m_, [](mosquitto*, void* self, const mosquitto_message* msg) {
                auto* s = static_cast<Subscriber*>(self);
                std::lock_guard<std::mutex> lock(s->mu_);
                s->got_.push_back(json::parse(
                    std::string(static_cast<const char*>(msg->payload), msg->payloadlen), nullptr,
                    false));
              });
          if (mosquitto_connect(m_, login.host.c_str(), login.port, 30) != MOSQ_ERR_SUCCESS)
            return false;
          mosquitto_loop_start(m_);
          if (!eventually([&] { return connack() >= 0; }, 2) || connack() != 0) return false;
          return true;
        },
        15);
    if (connected_) {
      mosquitto_subscribe(m_, nullptr, topic.c_str(), 1);
      eventually([&] { return granted() != -1; }, 5);
    }
  }
  ~Subscriber() { reset(); }
  bool connected() const { return connected_; }
  // The QoS the broker granted, 128 when it refused the subscription.
  int granted() {
    std::lock_guard<std::mutex> lock(mu_);
    return granted_;
  }
  int connack() {
    std::lock_guard<std::mutex> lock(mu_);
    return connack_;
  }
  std::vector<json> got() {
    std::lock_guard<std::mutex> lock(mu_);
    return got_;
  }
  bool has(const std::string& imei, const std::string& type) {
    for (const auto& e : got())
      if (e.value("imei", json()) == imei && e.value("type", "") == type) return true;
    return false;
  }

 private:
  void reset() {
    if (!m_) return;
    mosquitto_disconnect(m_);
    mosquitto_loop_stop(m_, true);
    mosquitto_destroy(m_);
    m_ = nullptr;
    connack_ = -1;
    granted_ = -1;
  }
  mosquitto* m_ = nullptr;
  bool connected_ = false;
  std::mutex mu_;
  int connack_ = -1, granted_ = -1;
  std::vector<json> got_;
};

}  // namespace

TEST(WatchGateway, AWatchLogsInReportsPositionsAndAnSosThatReachTheFeedAndItsMembersTopic) {
  App parent, stranger;
  std::string circle = parent.new_circle();
  std::string imei = parent.bound_watch(circle);
  stranger.new_circle("别人家");
  json parent_mqtt = mqtt_of(parent), stranger_mqtt = mqtt_of(stranger);
  EXPECT_EQ(parent_mqtt["topic"], "yaocai/user/" + std::to_string(parent.uid));
  Subscriber mine(parent_mqtt, parent_mqtt.value("topic", ""));
  Subscriber theirs(stranger_mqtt, stranger_mqtt.value("topic", ""));
  Subscriber snoop(stranger_mqtt, parent_mqtt.value("topic", ""));
  ASSERT_TRUE(mine.connected());
  ASSERT_TRUE(theirs.connected());
  EXPECT_EQ(mine.granted(), 1);
  EXPECT_EQ(snoop.granted(), 128) << "a user may not subscribe to another user's topic";

  WatchSocket w(imei);
  ASSERT_TRUE(w.connected());
  ASSERT_TRUE(w.keepalive(90)) << "LK is answered with LK";
  for (int i = 0; i < 3; ++i) w.send(WatchSocket::report("UD", kHomeLat + i * 0.001, kHomeLon));
  auto sent = std::chrono::steady_clock::now();
  w.send(WatchSocket::report("AL", kHomeLat, kHomeLon, 1u << 16));
  ASSERT_TRUE(w.read_type("AL")) << "AL is answered with AL";
  EXPECT_EQ(positions_of(imei), 4) << "answered after it was stored";
  EXPECT_EQ(events_of(imei, "sos"), 1);

  auto feed = parent.get("/v1/circles/" + circle + "/events?limit=10").json()["data"];
  ASSERT_FALSE(feed.empty());
  EXPECT_EQ(feed[0]["type"], "sos");
  EXPECT_TRUE(eventually([&] { return mine.has(imei, "sos"); }, 10));
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count();
  std::printf("watch gateway: SOS on the member's MQTT topic %.0f ms after the frame\n", ms);
  EXPECT_FALSE(theirs.has(imei, "sos"));
  EXPECT_TRUE(theirs.got().empty());
  EXPECT_TRUE(snoop.got().empty());
}

TEST(WatchGateway, ABadFrameClosesThatConnectionOnly) {
  WatchSocket good(testenv::switched_on_watch());
  ASSERT_TRUE(good.keepalive());
  for (std::string junk :
       std::vector<std::string>{"GET / HTTP/1.1\r\n\r\n", "[3G*" + good.imei() + "*FFFF*UD,",
                                "[3G*" + good.imei() + "*00G2*LK]", "[3G*12345*0002*LK]"}) {
    WatchSocket bad(testenv::switched_on_watch());
    ASSERT_TRUE(bad.keepalive());
    bad.send_raw(junk);
    EXPECT_TRUE(bad.closed_by_gateway()) << junk;
    EXPECT_TRUE(good.keepalive()) << "after " << junk;
  }
  // A frame split across writes, and two in one write, are read as sent.
  std::string lk = watch::encode_frame("3G", good.imei(), "LK,1,0,77");
  good.send_raw(lk.substr(0, 7));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  good.send_raw(lk.substr(7) + lk);
  EXPECT_TRUE(good.read_type("LK"));
  EXPECT_TRUE(good.read_type("LK"));
  // A type the gateway does not know is logged, not a reason to drop the watch.
  good.send("PULSE,72");
  EXPECT_TRUE(good.keepalive());
}

TEST(WatchGateway, EveryFrameInAndOutIsInTheWatchsLog) {
  WatchSocket w(testenv::switched_on_watch());
  ASSERT_TRUE(w.keepalive(66));
  std::string dir = watch::frame_log_dir();
  EXPECT_TRUE(eventually([&] { return watch::frame_log(dir, w.imei(), "").size() >= 2; }));
  auto lines = watch::frame_log(dir, w.imei(), "");
  ASSERT_GE(lines.size(), 2u);
  EXPECT_NE(lines[0].find(" < [3G*" + w.imei() + "*000B*LK,100,0,66]"), std::string::npos)
      << lines[0];
  EXPECT_NE(lines[1].find(" > [3G*" + w.imei() + "*0002*LK]"), std::string::npos) << lines[1];
}

TEST(WatchGateway, ClosingTheConnectionMakesOneOfflineEventAndReconnectingOneOnline) {
  App parent;
  std::string imei = parent.bound_watch(parent.new_circle());
  long long mark = last_event_id();
  {
    WatchSocket w(imei);
    ASSERT_TRUE(w.keepalive());
  }
  EXPECT_TRUE(eventually([&] { return events_of(imei, "offline", mark) == 1; }));
  {
    WatchSocket w(imei);
    ASSERT_TRUE(w.keepalive());
    EXPECT_TRUE(eventually([&] { return events_of(imei, "online", mark) == 1; }));
    // A second connection of the same watch replaces the first without an event.
    WatchSocket again(imei);
    ASSERT_TRUE(again.keepalive());
    EXPECT_TRUE(w.closed_by_gateway());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(events_of(imei, "offline", mark), 1);
    EXPECT_EQ(events_of(imei, "online", mark), 1);
  }
  EXPECT_TRUE(eventually([&] { return events_of(imei, "offline", mark) == 2; }));
}

TEST(WatchGateway, ALocateReachesAConnectedWatchAtOnceAndAnOfflineOneAfterItsNextLk) {
  App parent;
  std::string imei = parent.bound_watch(parent.new_circle());
  {
    WatchSocket w(imei);
    ASSERT_TRUE(w.keepalive());
    long long id = watch::queue_command(db::local(), imei, "locate", json::object(), parent.uid).id;
    std::thread watch_side([&] {
      if (w.read_type("CR")) w.send("CR");
    });
    bool delivered = watch::relay_deliver(imei, id, 5000);
    watch_side.join();
    EXPECT_TRUE(delivered);
    EXPECT_EQ(command_status(id), "acked");
  }
  EXPECT_TRUE(eventually(
      [&] { return count("SELECT online FROM watch_device WHERE imei = ?", imei) == 0; }));
  long long id = watch::queue_command(db::local(), imei, "locate", json::object(), parent.uid).id;
  EXPECT_FALSE(watch::relay_deliver(imei, id, 500)) << "no gateway holds the watch: queued";
  EXPECT_EQ(command_status(id), "queued");
  WatchSocket w(imei);
  w.send("LK,0,0,80");
  ASSERT_TRUE(w.read_type("CR")) << "the offline box follows the next LK";
  w.send("CR");
  EXPECT_TRUE(eventually([&] { return command_status(id) == "acked"; }));
}

TEST(WatchGateway, ACommandReachesTheGatewayHoldingTheWatch) {
  testenv::GatewayProcess second("gw-second");
  second.start();
  App parent;
  std::string circle = parent.new_circle();
  std::string here = parent.bound_watch(circle, "哥哥手表");
  std::string there = parent.bound_watch(circle, "妹妹手表");
  WatchSocket a(here);
  WatchSocket b(there, second.port());
  ASSERT_TRUE(a.keepalive());
  ASSERT_TRUE(b.keepalive());
  for (auto* w : {&a, &b}) {
    long long id = watch::queue_command(db::local(), w->imei(), "locate", json::object(), 0).id;
    std::thread watch_side([&] {
      if (w->read_type("CR")) w->send("CR");
    });
    EXPECT_TRUE(watch::relay_deliver(w->imei(), id, 5000)) << w->imei();
    watch_side.join();
    EXPECT_EQ(command_status(id), "acked");
  }
}

TEST(WatchGateway, AKilledGatewayLeavesOneOfflineAndOneOnlinePerWatchAndLosesNoAnsweredFix) {
  testenv::GatewayProcess gw("gw-crash");
  gw.start();
  App parent;
  std::string circle = parent.new_circle();
  std::vector<std::string> imeis;
  for (int i = 0; i < 5; ++i)
    imeis.push_back(parent.bound_watch(circle, "手表" + std::to_string(i)));
  std::vector<std::unique_ptr<WatchSocket>> watches;
  for (const auto& imei : imeis) {
    watches.push_back(std::make_unique<WatchSocket>(imei, gw.port()));
    ASSERT_TRUE(watches.back()->keepalive());
  }
  // Fixes followed by an answered LK are stored; more follow unanswered, then the crash.
  for (auto& w : watches) {
    for (int i = 0; i < 5; ++i) w->send(WatchSocket::report("UD", kHomeLat + i * 0.002, kHomeLon));
    ASSERT_TRUE(w->keepalive());
    w->send(WatchSocket::report("UD", kHomeLat, kHomeLon));
  }
  long long mark = last_event_id();
  gw.kill9();
  for (auto& w : watches) EXPECT_TRUE(w->closed_by_gateway());
  gw.start();
  watches.clear();
  for (const auto& imei : imeis) {
    watches.push_back(std::make_unique<WatchSocket>(imei, gw.port()));
    ASSERT_TRUE(watches.back()->keepalive());
  }
  for (const auto& imei : imeis) {
    EXPECT_TRUE(eventually([&] { return events_of(imei, "online", mark) == 1; })) << imei;
    EXPECT_EQ(events_of(imei, "offline", mark), 1) << imei;
    EXPECT_GE(positions_of(imei), 5) << imei;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (const auto& imei : imeis) {
    EXPECT_EQ(events_of(imei, "online", mark), 1) << imei;
    EXPECT_EQ(events_of(imei, "offline", mark), 1) << imei;
  }
}

TEST(WatchGateway, TheSimulatorShowsTheBindCodeAndReportsPositions) {
  App parent;
  std::string circle = parent.new_circle();
  std::string imei = testenv::switched_on_watch();
  // The simulator's second watch counts up from the first: taken here so no later test gets it.
  ASSERT_EQ(std::stoll(testenv::switched_on_watch()), std::stoll(imei) + 1);
  ASSERT_EQ(parent.post("/v1/circles/" + circle + "/bind-code", {{"imei", imei}}).status, 202);
  std::string code = testenv::bind_code_sent(imei);
  std::string cmd =
      "build/bin/yaocai watch-sim --count 2 --every 1 --seconds 4 --sos-after 2 --imei " + imei +
      " --port " + std::to_string(testenv::gateway_port()) + " 2>&1";
  std::FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (std::fgets(buf, sizeof buf, p)) out += buf;
  EXPECT_EQ(::pclose(p), 0) << out;
  EXPECT_NE(out.find("watch " + imei + " shows: 绑定码 " + code), std::string::npos) << out;
  EXPECT_NE(out.find("2 connected"), std::string::npos) << out;
  EXPECT_GE(positions_of(imei), 3);
  auto bound = parent.post("/v1/circles/" + circle + "/devices",
                           {{"imei", imei}, {"code", code}, {"name", "模拟手表"}});
  EXPECT_EQ(bound.status, 201) << bound.body;
}
