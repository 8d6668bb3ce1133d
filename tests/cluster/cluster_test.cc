// The scaled-out layout (bin/cluster): two app hosts behind the front nginx, a 3-node Galera
// cluster, Redis with a replica and 3 Sentinels. Run by `make cluster-test` only (tests/
// cluster/run.sh starts the cluster and points YAOCAI_CONF at host a's app.conf): the tests are
// DISABLED_ so that `make test`, on one host, skips them. Requests carry X-Yaocai-Host to pin
// them to a host; host a's programs write through Galera node 1 and host b's through node 2.
// Figures go to stdout as "cluster: ..." lines.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "crm/customer.h"
#include "db/connection.h"
#include "redis/client.h"
#include "tests/support/http.h"
#include "tests/support/race.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using nlohmann::json;
using testenv::Http;
using testenv::HttpResponse;

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> pin(const char* host, std::vector<std::string> more = {}) {
  more.push_back(std::string("X-Yaocai-Host: ") + host);
  return more;
}
const char* host_of(int i) { return i % 2 ? "b" : "a"; }

int cluster(const std::string& args) {
  std::string cmd = "bin/cluster --var '" + std::string(std::getenv("YAOCAI_CLUSTER_VAR")) +
                    "' --base " + std::getenv("YAOCAI_CLUSTER_BASE") + " " + args +
                    " >/dev/null 2>&1";
  return std::system(cmd.c_str());
}

// nginx adds validators to files it serves; the programs send none.
bool from_copy(const HttpResponse& r) { return !r.header("etag").empty(); }

long long staff_user(const std::string& name, const std::string& roles) {
  return static_cast<long long>(db::local()
                                    .query("INSERT INTO user (phone, name, roles) VALUES (?, ?, ?)",
                                           testenv::unique_phone(), name, roles)
                                    .insert_id);
}

long long new_room() {
  std::string name = "集群会议室" + testenv::unique_phone();
  return static_cast<long long>(
      db::local()
          .query("INSERT INTO room (name, capacity, location) VALUES (?, 8, '二楼')", name)
          .insert_id);
}

}  // namespace

// A change through host a shows on host b's very next request: the anonymous copy nginx on b
// held is gone (a discarded it through b before answering), and b's programs, which had the
// layout cached per process, follow the Redis generation.
TEST(Cluster, DISABLED_AChangeOnOneHostShowsOnTheOtherHostsVeryNextRequest) {
  long long admin = staff_user("集群管理员", "admin");
  Http admin_a;
  auto csrf = testenv::login_as(admin_a, admin);
  Http member_b;
  testenv::login_as(member_b, staff_user("集群会员", "staff"));
  int rounds = 0, stale = 0;
  for (int i = 0; i < 10; ++i) {
    while (std::time(nullptr) % 10 >= 8)
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    Http anon;
    anon.get("/", pin("b"));
    auto held = anon.get("/", pin("b"));
    ASSERT_TRUE(from_copy(held)) << "host b keeps a copy of the home page";
    member_b.get("/purchases", pin("b"));  // b's processes cache the layout
    std::string title = "集群站点" + std::to_string(i) + "-" + std::to_string(::getpid());
    auto saved =
        admin_a.post("/admin/settings", {{"csrf_token", csrf}, {"title", title}}, pin("a"));
    ASSERT_EQ(saved.status, 303) << saved.body;
    ++rounds;
    auto home = anon.get("/", pin("b"));
    auto page = member_b.get("/purchases", pin("b"));
    bool fresh =
        home.body.find(title) != std::string::npos && page.body.find(title) != std::string::npos;
    EXPECT_TRUE(fresh) << "round " << i;
    if (!fresh) ++stale;
  }
  std::printf("cluster: freshness: %d changes on host a, %d stale next requests on host b\n",
              rounds, stale);
}

// Thirty staff, half through each host (so through two Galera nodes), book the same cell at
// once: the unique key, certified across the cluster, leaves one booking.
TEST(Cluster, DISABLED_OneBookingWhenBrowsersOnBothHostsRaceForACell) {
  long long room = new_room();
  std::string day = core::add_days(core::today(), 1);
  const int n = 30;
  std::vector<long long> users;
  for (int i = 0; i < n; ++i) users.push_back(staff_user("集群职员" + std::to_string(i), "staff"));
  auto tally = testenv::race(n, [&](int i) {
    Http c;
    auto csrf = testenv::login_as(c, users[i]);
    json body = {{"date", day}, {"add", json::array({{{"room", room}, {"slot", 3}}})}};
    return testenv::by_status(
        c.post_json("/booking/save", body, pin(host_of(i), {"X-CSRF-Token: " + csrf})).status);
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, n - 1);
  EXPECT_EQ(tally.other, 0);
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM booking WHERE room_id = ? AND date = ?", room, day)
                .one()
                .i64(0),
            1);
  std::printf("cluster: booking race: %d browsers on 2 hosts, %d booked, %d conflicts, %d other\n",
              n, tally.won, tally.lost, tally.other);
}

TEST(Cluster, DISABLED_OneGrabWinnerWhenConsultantsOnBothHostsGrab) {
  crm::Customer c;
  c.name = "集群抢手客户";
  c.phone = testenv::unique_phone();
  c.source = "官方网站";
  long long id = crm::insert(db::local(), c, 0, core::today(), 0);
  const int n = 20;
  std::vector<long long> users;
  for (int i = 0; i < n; ++i)
    users.push_back(staff_user("集群顾问" + std::to_string(i), "sales,staff"));
  auto tally = testenv::race(n, [&](int i) {
    Http h;
    auto csrf = testenv::login_as(h, users[i]);
    return testenv::by_status(h.post("/crm/customers/" + std::to_string(id) + "/grab",
                                     {{"csrf_token", csrf}}, pin(host_of(i)))
                                  .status,
                              303);
  });
  EXPECT_EQ(tally.won, 1);
  EXPECT_EQ(tally.lost, n - 1);
  EXPECT_EQ(db::local()
                .query("SELECT COUNT(*) FROM crm_distribution WHERE customer_id = ?", id)
                .one()
                .i64(0),
            1);
  std::printf("cluster: grab race: %d consultants on 2 hosts, %d winner, %d lost, %d other\n", n,
              tally.won, tally.lost, tally.other);
}

// Load through the front nginx (logged-in reads and booking writes, both hosts) while Galera
// node 1, the node host a writes through, is killed; it is started again afterwards. Every
// request must succeed but for under 1 %; the statuses of those that did not are printed.
TEST(Cluster, DISABLED_KillingAGaleraNodeUnderLoadFailsUnderOnePercent) {
  const int workers = 8;
  std::vector<long long> users;
  for (int i = 0; i < workers; ++i)
    users.push_back(staff_user("集群负载" + std::to_string(i), "staff"));
  std::vector<long long> rooms;
  for (int i = 0; i < workers; ++i) rooms.push_back(new_room());
  std::string day = core::add_days(core::today(), 2);
  std::atomic<bool> stop{false};
  std::atomic<int> total{0}, failed{0};
  std::mutex mu;
  std::map<long, int> statuses;
  std::map<long, std::string> bodies;  // one answer of each failed status, for the report
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w)
    threads.emplace_back([&, w] {
      Http c;
      auto csrf = testenv::login_as(c, users[w]);
      for (int k = 0; !stop; ++k) {
        HttpResponse r;
        bool write = k % 3 == 0;
        if (write) {
          json cell = {{"room", rooms[w]}, {"slot", 1 + (k / 3) % 13}};
          json body = {{"date", day}, {"add", json::array()}, {"cancel", json::array()}};
          // Book the cell, then cancel it, then book it again...
          body[(k / 39) % 2 ? "cancel" : "add"].push_back(cell);
          r = c.post_json("/booking/save", body, pin(host_of(w), {"X-CSRF-Token: " + csrf}));
        } else {
          r = c.get("/booking/grid.json?date=" + day, pin(host_of(w)));
        }
        ++total;
        if (r.status != 200) {
          ++failed;
          std::lock_guard<std::mutex> lock(mu);
          ++statuses[r.status];
          bodies.emplace(r.status,
                         (write ? "POST /booking/save: " : "GET grid: ") + r.body.substr(0, 300));
        }
      }
    });
  std::this_thread::sleep_for(std::chrono::seconds(5));
  ASSERT_EQ(cluster("db-kill 1"), 0);
  auto killed_at = total.load();
  std::this_thread::sleep_for(std::chrono::seconds(15));
  stop = true;
  for (auto& t : threads) t.join();
  double pct = total ? 100.0 * failed / total : 100;
  std::string named;
  for (auto& [s, n] : statuses) named += " " + std::to_string(n) + "×" + std::to_string(s);
  std::printf(
      "cluster: galera node killed under load: %d requests (%d before the kill), %d failed "
      "(%.2f %%)%s\n",
      total.load(), killed_at, failed.load(), pct, named.empty() ? "" : (":" + named).c_str());
  for (auto& [s, b] : bodies) std::printf("cluster:   e.g. %ld: %s\n", s, b.c_str());
  EXPECT_GT(total - killed_at, 100) << "requests kept being answered after the kill";
  EXPECT_LT(pct, 1.0);
  ASSERT_EQ(cluster("db-start 1"), 0) << "node 1 rejoins";
}

// The Redis primary is killed: Sentinel promotes the replica and the hosts follow it. Printed:
// seconds until a logged-in page is answered again, and how many of the sessions written in
// the second before the kill are gone (Redis replicates asynchronously).
TEST(Cluster, DISABLED_KillingTheRedisPrimaryRecoversWithinSeconds) {
  long long user = staff_user("集群会话", "staff");
  Http probe;
  testenv::login_as(probe, user);
  ASSERT_EQ(probe.get("/booking", pin("a")).status, 200);
  // Sessions written right up to the kill, through the same Sentinel-following client the
  // hosts use.
  std::atomic<bool> writing{true};
  std::vector<std::string> ids;
  std::mutex mu;
  std::thread writer([&] {
    while (writing) {
      Http h;
      try {
        testenv::login_as(h, user);
      } catch (const std::exception&) {
        break;  // the primary is gone
      }
      std::lock_guard<std::mutex> lock(mu);
      ids.push_back(h.cookie("yc_sid"));
    }
  });
  std::this_thread::sleep_for(std::chrono::seconds(1));
  ASSERT_EQ(cluster("redis-kill"), 0);
  auto killed = Clock::now();
  writing = false;
  writer.join();
  double recovered = -1;
  int tries = 0;
  while (Clock::now() - killed < std::chrono::seconds(60)) {
    ++tries;
    if (probe.get("/booking", pin(tries % 2 ? "a" : "b")).status == 200 &&
        probe.get("/booking", pin(tries % 2 ? "b" : "a")).status == 200) {
      recovered = std::chrono::duration<double>(Clock::now() - killed).count();
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_GE(recovered, 0) << "the hosts did not follow the new primary within 60 s";
  int lost = 0;
  for (const auto& id : ids)
    if (redis::local().cmd({"EXISTS", redis::local().key("sess:" + id)}).num == 0) ++lost;
  std::printf(
      "cluster: redis primary killed: both hosts answer logged-in pages again after %.1f s; "
      "%d of %zu sessions written in the last second before the kill lost\n",
      recovered, lost, ids.size());
  EXPECT_LT(recovered, 30);
  ASSERT_EQ(cluster("redis-start-old"), 0) << "the old primary comes back as a replica";
}
