// bin/yaocai-pushd as a process against real MariaDB and Redis and the fake SMS provider:
// killed with SIGKILL in the middle of a batch of 1 000 and restarted, every message arrives
// exactly once, and a WeChat message in flight when it died arrives once too; several daemons
// fed by many parallel clients push nobody twice; SIGTERM stops
// a daemon cleanly.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "core/config.h"
#include "push/queue.h"
#include "redis/client.h"
#include "tests/support/fake_sms.h"
#include "tests/support/fake_wechat.h"
#include "tests/support/stack.h"

namespace {

bool wait_for(const std::function<bool()>& done, int seconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done();
}

}  // namespace

class PushDaemon : public testenv::DbTest {
 protected:
  static constexpr const char* kPrefix = "t_pushd:";
  testenv::FakeSms fake{"daemon-test-secret"};
  std::string conf;
  std::vector<pid_t> daemons;

  void SetUp() override {
    redis().cmd({"DEL", redis().key("push:stream")});
    db().query("UPDATE push_outbox SET state = 3 WHERE state < 3");
  }
  void TearDown() override {
    for (pid_t p : daemons) {
      ::kill(p, SIGKILL);
      ::waitpid(p, nullptr, 0);
    }
  }
  static redis::Client& redis() {
    static redis::Client* r = [] {
      auto s = redis::Settings::from_config();
      s.prefix = kPrefix;
      return new redis::Client(s);
    }();
    return *r;
  }
  // The stack's app.conf with this suite's database and Redis prefix, the fake provider, and
  // the given [push] settings after it (a later key wins).
  void write_conf(const std::string& push_settings) {
    std::ifstream in(core::Config::get().path());
    std::stringstream all;
    all << in.rdbuf();
    all << "\n[db]\nname = " << db().settings().name << "\n[redis]\nprefix = " << kPrefix
        << "\n[sms]\ndriver = http\nurl = " << fake.base() << "/send\nbatch_url = " << fake.base()
        << "/batch\nsecret = daemon-test-secret\n[push]\nquiet_start = 0\nquiet_end = 0\n"
        << "daily_sms = 1000\nlease_seconds = 2\n"
        << push_settings << "\n";
    conf = testenv::var_dir() + "/pushd-test.conf";
    std::ofstream(conf) << all.str();
  }
  pid_t start_daemon() {
    pid_t pid = ::fork();
    if (pid == 0) {
      ::setenv("YAOCAI_CONF", conf.c_str(), 1);
      std::string log = testenv::var_dir() + "/log/pushd-test.log";
      ::execl("build/bin/yaocai-pushd", "yaocai-pushd", "--log", log.c_str(), nullptr);
      ::_exit(127);
    }
    daemons.push_back(pid);
    return pid;
  }
  // Stops with SIGTERM; the exit status, or -1 when it did not end within 10 s.
  int stop_daemon(pid_t pid) {
    ::kill(pid, SIGTERM);
    int status = 0;
    bool ended = wait_for([&] { return ::waitpid(pid, &status, WNOHANG) == pid; }, 10);
    daemons.erase(std::remove(daemons.begin(), daemons.end(), pid), daemons.end());
    if (!ended) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
      return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  // `n` new members following the variety; returns the variety's new item, bought by another.
  long long item_with_followers(const char* variety, int n) {
    long long v = db().query("SELECT id FROM variety WHERE name = ?", variety).one().i64(0);
    std::string tag = "daemon-" + std::to_string(v);
    for (int start = 0; start < n; start += 200) {
      std::string sql = "INSERT INTO user (phone, name) VALUES ";
      std::vector<db::Param> params;
      for (int i = start; i < std::min(n, start + 200); ++i) {
        sql += i > start ? ",(?, ?)" : "(?, ?)";
        params.emplace_back(testenv::unique_phone());
        params.emplace_back(tag);
      }
      db().exec(sql, params);
    }
    db().query(
        "INSERT INTO followed_variety (user_id, variety_id) SELECT id, ? FROM user WHERE "
        "name = ?",
        v, tag);
    long long buyer = static_cast<long long>(
        db().query("INSERT INTO user (phone, name) VALUES (?, '采购商')", testenv::unique_phone())
            .insert_id);
    auto p = db().query(
        "INSERT INTO purchase (buyer_id, pickup, acceptance, remark, window_days, created_at) "
        "VALUES (?, 1, '', '', 0, NOW())",
        buyer);
    return static_cast<long long>(
        db().query("INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, "
                   "quantity, unit, created_at) SELECT ?, 1, id, name, 3, '吨', NOW() FROM "
                   "variety WHERE id = ?",
                   p.insert_id, v)
            .insert_id);
  }
  long long sent_of(long long item, const char* channel = "%") {
    return db()
        .query(
            "SELECT COUNT(*) FROM push_outbox o JOIN push_recipient r ON r.id = o.recipient_id "
            "WHERE r.item_id = ? AND o.state = 3 AND o.channel LIKE ?",
            item, channel)
        .one()
        .i64(0);
  }
};

TEST_F(PushDaemon, KilledMidBatchOfAThousandRestartedEveryMessageExactlyOnce) {
  write_conf("round_cap = 1000\nbatch = 100");
  long long item = item_with_followers("人参", 1000);
  fake.hold_batch(4);
  push::enqueue_item(redis(), item, "publish");
  pid_t first = start_daemon();
  ASSERT_TRUE(wait_for([&] { return fake.held(); }, 60)) << "the fourth batch never came";
  ::kill(first, SIGKILL);
  ::waitpid(first, nullptr, 0);
  daemons.clear();
  fake.release();
  EXPECT_LT(sent_of(item), 1000) << "killed before the end";

  pid_t second = start_daemon();
  ASSERT_TRUE(wait_for([&] { return sent_of(item) == 1000; }, 60)) << sent_of(item) << " sent";
  auto msgs = fake.messages();
  std::map<std::string, int> per_key, per_phone;
  for (const auto& m : msgs) {
    ++per_key[m.key];
    ++per_phone[m.phone];
  }
  EXPECT_EQ(msgs.size(), 1000u);
  EXPECT_EQ(per_key.size(), 1000u);
  EXPECT_EQ(per_phone.size(), 1000u) << "nobody got the item twice";
  EXPECT_GE(fake.repeats(), 1) << "the held batch was sent again under its keys";
  EXPECT_TRUE(wait_for([&] { return push::Queue(redis()).pending() == 0; }, 20))
      << "the dead daemon's entries were taken over and acknowledged";
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM push_recipient WHERE item_id = ? AND status = 1", item)
                .one()
                .i64(0),
            1000);
  EXPECT_EQ(stop_daemon(second), 0) << "SIGTERM stops it cleanly";
}

// WeChat's template API takes no batch; its 防重入 id (client_msg_id) is the outbox key, so the
// message the dead daemon had handed over is dropped by WeChat when the next one resends it.
TEST_F(PushDaemon, KilledWhileSendingAWechatMessageRestartedItArrivesOnce) {
  testenv::FakeWechat wechat;
  write_conf("round_cap = 200\nbatch = 50\nwechat_template = tpl-push");
  long long item = item_with_followers("当归", 200);
  db().query(
      "UPDATE user u JOIN followed_variety f ON f.user_id = u.id JOIN purchase_item i ON "
      "i.variety_id = f.variety_id SET u.wechat_openid = CONCAT('o-pushd-', u.id) WHERE i.id = ?",
      item);
  wechat.hold_message(40);
  push::enqueue_item(redis(), item, "publish");
  pid_t first = start_daemon();
  ASSERT_TRUE(wait_for([&] { return wechat.held(); }, 60)) << "the 40th message never came";
  ::kill(first, SIGKILL);
  ::waitpid(first, nullptr, 0);
  daemons.clear();
  wechat.release();
  EXPECT_LT(sent_of(item, "wechat"), 40) << "the held message was not recorded as sent";

  pid_t second = start_daemon();
  ASSERT_TRUE(wait_for([&] { return sent_of(item, "wechat") == 200; }, 60))
      << sent_of(item, "wechat") << " sent";
  std::map<std::string, int> per_user;
  for (const auto& body : wechat.messages()) {
    auto j = nlohmann::json::parse(body);
    EXPECT_EQ(j.value("client_msg_id", "").size(), 34u) << body;  // p-<token>
    ++per_user[j.value("touser", "")];
  }
  EXPECT_EQ(wechat.messages().size(), 200u);
  EXPECT_EQ(per_user.size(), 200u) << "nobody got the item twice";
  EXPECT_GE(wechat.repeats(), 1) << "the held message was sent again under its id";
  EXPECT_EQ(stop_daemon(second), 0);
}

TEST_F(PushDaemon, ParallelDaemonsAndClientsPushNobodyTwice) {
  write_conf("round_cap = 20\nbatch = 7");
  long long item = item_with_followers("三七", 60);
  for (int i = 0; i < 3; ++i) start_daemon();
  std::vector<std::thread> clients;
  for (int c = 0; c < 16; ++c)
    clients.emplace_back([&] {
      auto s = redis::Settings::from_config();
      s.prefix = kPrefix;
      redis::Client r(s);
      push::enqueue_item(r, item, "admin");
    });
  for (auto& t : clients) t.join();
  ASSERT_TRUE(wait_for([&] { return sent_of(item) == 60; }, 60)) << sent_of(item) << " sent";
  EXPECT_TRUE(wait_for([&] { return push::Queue(redis()).pending() == 0; }, 20));
  auto rounds = db().query(
                        "SELECT COUNT(*), MAX(round_no) FROM push_round WHERE item_id = ? AND "
                        "channel = 'sms'",
                        item)
                    .one();
  EXPECT_EQ(rounds.i64(0), 3) << "60 followers, 20 per round";
  std::map<std::string, int> per_phone;
  for (const auto& m : fake.messages()) ++per_phone[m.phone];
  EXPECT_EQ(per_phone.size(), 60u);
  for (const auto& [phone, n] : per_phone) EXPECT_EQ(n, 1) << phone;
  for (pid_t p : std::vector<pid_t>(daemons)) EXPECT_EQ(stop_daemon(p), 0);
}
