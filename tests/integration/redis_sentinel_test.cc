// lib/redis through Redis Sentinel: a primary, its replica and a sentinel of their own (on free
// loopback ports under the test stack's runtime directory); a forced failover moves the primary
// and a client that was talking to the old one follows without being told.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "core/error.h"
#include "redis/client.h"
#include "redis/primary.h"
#include "tests/support/stack.h"

namespace {

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

redis::Settings direct(int port) {
  redis::Settings s;
  s.host = "127.0.0.1";
  s.port = port;
  s.prefix = "sentinel-test:";
  return s;
}

// Polls `ok` every 100 ms for up to `seconds`.
template <class F>
bool eventually(F ok, int seconds) {
  for (int i = 0; i < seconds * 10; ++i) {
    try {
      if (ok()) return true;
    } catch (const std::exception&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

class RedisSentinel : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = testenv::var_dir() + "/sentinel-test";
    std::system(("rm -rf '" + dir_ + "' && mkdir -p '" + dir_ + "'").c_str());
    primary_ = free_port();
    replica_ = free_port();
    sentinel_ = free_port();
    server("primary", primary_, "");
    server("replica", replica_, "--replicaof 127.0.0.1 " + std::to_string(primary_));
    {
      std::ofstream conf(dir_ + "/sentinel.conf");
      conf << "port " << sentinel_ << "\nbind 127.0.0.1\ndir " << dir_
           << "\nsentinel monitor yaocai 127.0.0.1 " << primary_ << " 1\n"
           << "sentinel down-after-milliseconds yaocai 1000\n"
           << "sentinel failover-timeout yaocai 10000\n";
    }
    run("redis-server '" + dir_ + "/sentinel.conf' --sentinel --daemonize yes --pidfile '" + dir_ +
        "/sentinel.pid' --logfile '" + dir_ + "/sentinel.log'");
    // A failover needs the sentinel to know the replica (it learns it from the primary's INFO).
    redis::Client sentinel(direct(sentinel_));
    ASSERT_TRUE(eventually(
        [&] {
          auto r = sentinel.cmd({"SENTINEL", "replicas", "yaocai"});
          return r.items.size() == 1;
        },
        20))
        << "the sentinel never saw the replica";
  }
  // Waits until they are gone: the next test may be given the same free ports.
  void TearDown() override {
    for (const char* name : {"sentinel", "replica", "primary"}) {
      std::string pidfile = dir_ + "/" + name + ".pid";
      std::system(("p=$(cat '" + pidfile + "' 2>/dev/null) && kill $p 2>/dev/null; " +
                   "for i in $(seq 50); do kill -0 $p 2>/dev/null || break; sleep 0.1; done")
                      .c_str());
    }
  }
  void server(const std::string& name, int port, const std::string& extra) {
    run("redis-server --port " + std::to_string(port) + " --bind 127.0.0.1 --save '' " +
        "--appendonly no --daemonize yes --dir '" + dir_ + "' --dbfilename " + name +
        ".rdb --pidfile '" + dir_ + "/" + name + ".pid' --logfile '" + dir_ + "/" + name +
        ".log' " + extra);
    redis::Client c(direct(port));
    ASSERT_TRUE(eventually([&] { return c.ping(); }, 10)) << name << " did not start";
  }
  static void run(const std::string& cmd) { ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd; }

  std::string dir_;
  int primary_ = 0, replica_ = 0, sentinel_ = 0;
};

}  // namespace

TEST_F(RedisSentinel, ClientFindsThePrimaryAndFollowsAFailover) {
  auto s = direct(1);
  s.host = redis::sentinel_host("yaocai", "127.0.0.1:" + std::to_string(sentinel_));
  redis::Client client(s);
  client.cmd({"SET", client.key("k"), "before"});
  redis::Client primary(direct(primary_));
  EXPECT_EQ(primary.cmd({"GET", client.key("k")}).str, "before");

  redis::Client sentinel(direct(sentinel_));
  ASSERT_TRUE(eventually(
      [&] {
        redis::Client r(direct(replica_));
        return r.cmd({"GET", client.key("k")}).str == "before";
      },
      10));
  sentinel.cmd({"SENTINEL", "FAILOVER", "yaocai"});
  ASSERT_TRUE(eventually(
      [&] {
        auto a = sentinel.cmd({"SENTINEL", "get-master-addr-by-name", "yaocai"});
        return a.items.size() == 2 && a.items[1].str == std::to_string(replica_);
      },
      20))
      << "the sentinel did not promote the replica";
  // The old primary turns into a replica: writes there answer READONLY, and the client asks
  // the sentinel again. Until the old primary has been reconfigured a write may still land
  // there, so wait for the demotion before judging.
  ASSERT_TRUE(eventually(
      [&] {
        redis::Client old(direct(primary_));
        return old.cmd({"ROLE"}).items.at(0).str == "slave";
      },
      20));
  client.cmd({"SET", client.key("k"), "after"});
  redis::Client promoted(direct(replica_));
  EXPECT_EQ(promoted.cmd({"GET", client.key("k")}).str, "after");
  EXPECT_EQ(client.cmd({"GET", client.key("k")}).str, "after");
}

TEST_F(RedisSentinel, NoSentinelThatKnowsThePrimaryIsUnavailable) {
  redis::Settings s = direct(1);
  s.host = redis::sentinel_host("no-such-master", "127.0.0.1:" + std::to_string(sentinel_));
  redis::Client client(s);
  EXPECT_THROW(client.cmd({"PING"}), core::Unavailable);
}

TEST(RedisAddresses, ParsesHostPortListsWithSentinelsDefaultPort) {
  auto a = redis::addresses(" 10.0.0.1:26380, 10.0.0.2 ,");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].host, "10.0.0.1");
  EXPECT_EQ(a[0].port, 26380);
  EXPECT_EQ(a[1].host, "10.0.0.2");
  EXPECT_EQ(a[1].port, 26379);
  EXPECT_TRUE(redis::addresses("").empty());
  redis::Settings s;
  EXPECT_FALSE(redis::sentinels_of(s));
  s.host = redis::sentinel_host("yaocai", "10.0.0.1:26380,10.0.0.2");
  auto found = redis::sentinels_of(s);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->master, "yaocai");
  ASSERT_EQ(found->at.size(), 2u);
  EXPECT_EQ(found->at[1].port, 26379);
}
