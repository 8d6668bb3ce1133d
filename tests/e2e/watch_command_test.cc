// Commands and the offline box (spec §5): coalescing in the box, one command for racing locate
// requests, "delivered" only when the watch acknowledges in time, and the gateway's side of the
// box (send order, mark sent, acknowledge, return on a dropped connection).
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "db/connection.h"
#include "tests/support/watch_app.h"
#include "tests/support/watch_socket.h"
#include "watch/command.h"
#include "watch/offline_box.h"
#include "watch/report.h"

using nlohmann::json;
using testenv::App;
using testenv::Http;

namespace {

json data(const testenv::HttpResponse& r) { return r.json().at("data"); }

long long count(const std::string& sql, const std::string& imei) {
  return db::local().query(sql, imei).one().i64(0);
}

// A family whose watch is switched off (no gateway holds it): commands wait in its box.
struct Family : testenv::Family {
  Family() { watch::went_offline(db::local(), imei); }
  std::string commands() { return "/v1/devices/" + imei + "/commands"; }
  std::vector<std::string> box_types() {
    std::vector<std::string> out;
    for (const auto& c : watch::offline_box(db::local(), imei)) out.push_back(c.type);
    return out;
  }
};

}  // namespace

TEST(WatchCommands, AnOfflineWatchsCommandIsQueuedAnd202) {
  Family f;
  auto r = f.parent.post(f.commands(), {{"type", "upload"}, {"interval", 600}});
  ASSERT_EQ(r.status, 202) << r.body;
  EXPECT_EQ(data(r)["status"], "queued");
  EXPECT_EQ(data(r)["type"], "upload");
  EXPECT_EQ(data(r)["payload"]["interval"], 600);
  EXPECT_EQ(f.box_types(), std::vector<std::string>{"upload"});
  auto log = f.parent.get(f.commands());
  ASSERT_EQ(log.status, 200);
  EXPECT_EQ(data(log)[0]["id"], data(r)["id"]);
}

TEST(WatchCommands, AcknowledgedWithinTheWaitIsDelivered200) {
  Family f;
  // The watch is connected to the test stack's gateway and answers the locate.
  testenv::WatchSocket w(f.imei);
  ASSERT_TRUE(w.keepalive());
  std::thread watch_side([&] {
    if (w.read_type("CR")) w.send("CR");
  });
  auto r = f.parent.post(f.commands(), {{"type", "locate"}});
  watch_side.join();
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(data(r)["status"], "delivered");
  EXPECT_FALSE(data(r)["acked_at"].is_null());
}

TEST(WatchCommands, ConnectedButSilentIs202Queued) {
  Family f;
  testenv::WatchSocket w(f.imei);
  ASSERT_TRUE(w.keepalive());
  auto r = f.parent.post(f.commands(), {{"type", "reset"}});
  ASSERT_EQ(r.status, 202) << r.body;
  EXPECT_EQ(data(r)["status"], "queued");
  EXPECT_TRUE(w.read_type("RESET")) << "it was written to the watch, which did not answer";
}

TEST(WatchCommands, TwoParallelLocateRequestsMakeOneCommand) {
  Family f;
  std::vector<std::thread> ts;
  std::mutex m;
  std::set<long long> ids;
  std::atomic<int> queued{0};
  for (int i = 0; i < 8; ++i)
    ts.emplace_back([&] {
      Http c;
      auto r = c.send("POST", f.commands(), {{"type", "locate"}},
                      {"Authorization: Bearer " + f.parent.token});
      if (r.status != 202) return;
      ++queued;
      std::lock_guard<std::mutex> l(m);
      ids.insert(r.json()["data"]["id"].get<long long>());
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(queued, 8);
  EXPECT_EQ(ids.size(), 1u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM watch_command WHERE imei = ? AND type = 'locate'", f.imei),
            1);
  // Once acknowledged, the next request is a new command.
  ASSERT_TRUE(watch::acknowledge(db::local(), f.imei, *ids.begin()));
  auto again = f.parent.post(f.commands(), {{"type", "locate"}});
  EXPECT_NE(data(again)["id"].get<long long>(), *ids.begin());
}

TEST(WatchOfflineBox, CoalescesThreeAlarmSyncsIntoOneAndKeepsMessagesInOrderAtMost20) {
  Family f;
  auto& db = db::local();
  for (int i = 0; i < 3; ++i)
    watch::queue_command(db, f.imei, "alarms", {{"alarms", json::array({{{"time", i}}})}}, 0);
  for (int i = 1; i <= 25; ++i) {
    auto r = f.parent.post(f.commands(),
                           {{"type", "message"}, {"text", "第" + std::to_string(i) + "条🙂"}});
    ASSERT_EQ(r.status, 202) << r.body;
  }
  ASSERT_EQ(f.parent.post(f.commands(), {{"type", "sos"}, {"numbers", {"13800000001"}}}).status,
            202);
  ASSERT_EQ(f.parent.post(f.commands(), {{"type", "sos"}, {"numbers", {"13800000002"}}}).status,
            202);
  auto box = watch::offline_box(db, f.imei);
  std::vector<std::string> texts;
  int alarms = 0, sos = 0;
  for (const auto& c : box) {
    if (c.type == "alarms") {
      ++alarms;
      EXPECT_EQ(c.payload["alarms"][0]["time"], 2) << "the newest sync waits";
    }
    if (c.type == "sos") {
      ++sos;
      EXPECT_EQ(c.payload["numbers"][0], "13800000002");
    }
    if (c.type == "message") texts.push_back(c.payload["text"]);
  }
  EXPECT_EQ(alarms, 1);
  EXPECT_EQ(sos, 1);
  ASSERT_EQ(texts.size(), 20u);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(texts[i], "第" + std::to_string(i + 6) + "条🙂");
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM watch_command WHERE imei = ? AND status = 'replaced'", f.imei),
      3);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM watch_command WHERE imei = ? AND status = 'expired'", f.imei), 5);
}

TEST(WatchOfflineBox, GatewaySendsInOrderAndADroppedConnectionReturnsWhatWasNotAcknowledged) {
  Family f;
  auto& db = db::local();
  auto pb1 = watch::queue_command(db, f.imei, "phonebook", {{"entries", json::array()}}, 0);
  auto msg = watch::queue_command(db, f.imei, "message", {{"text", "放学等我"}}, 0);
  auto box = watch::offline_box(db, f.imei);
  ASSERT_EQ(box.size(), 2u);
  EXPECT_EQ(box[0].id, pb1.id);
  EXPECT_EQ(box[1].id, msg.id);
  ASSERT_TRUE(watch::mark_sent(db, pb1.id));
  EXPECT_FALSE(watch::mark_sent(db, pb1.id)) << "sent once";
  ASSERT_TRUE(watch::mark_sent(db, msg.id));
  EXPECT_TRUE(watch::offline_box(db, f.imei).empty());
  // A newer phone book while the first is on its way: the first keeps its acknowledgement
  // but gives up its slot.
  auto pb2 = watch::queue_command(db, f.imei, "phonebook", {{"entries", json::array()}}, 0);
  EXPECT_EQ(watch::find_command(db, pb1.id)->status, "sent");
  // The connection drops: the message goes back, the superseded phone book does not.
  EXPECT_EQ(watch::return_unacknowledged(db, f.imei), 1);
  EXPECT_EQ(watch::find_command(db, pb1.id)->status, "replaced");
  box = watch::offline_box(db, f.imei);
  ASSERT_EQ(box.size(), 2u);
  EXPECT_EQ(box[0].id, msg.id);
  EXPECT_EQ(box[1].id, pb2.id);
  // Acknowledged by frame keyword, the oldest sent first; then by id, once.
  ASSERT_TRUE(watch::mark_sent(db, msg.id));
  EXPECT_EQ(watch::acknowledge_frame(db, f.imei, "MESSAGE"), msg.id);
  EXPECT_EQ(watch::acknowledge_frame(db, f.imei, "MESSAGE"), 0);
  EXPECT_TRUE(watch::acknowledge(db, f.imei, pb2.id));
  EXPECT_FALSE(watch::acknowledge(db, f.imei, pb2.id));
  EXPECT_FALSE(watch::acknowledge(db, "000000000000000", msg.id));
  EXPECT_TRUE(watch::offline_box(db, f.imei).empty());
}

// What the gateway relies on: a dropped connection returns what it wrote and nothing a newer
// connection wrote, a command the protocol cannot carry expires once, and a drain takes at most
// its share of the box.
TEST(WatchOfflineBox, ADroppedConnectionReturnsOnlyTheCommandsItSent) {
  Family f;
  auto& db = db::local();
  auto first = watch::queue_command(db, f.imei, "message", {{"text", "一"}}, 0);
  auto second = watch::queue_command(db, f.imei, "message", {{"text", "二"}}, 0);
  ASSERT_TRUE(watch::mark_sent(db, first.id));
  ASSERT_TRUE(watch::mark_sent(db, second.id));
  // `first` went out on the connection that dropped, `second` on the watch's new one.
  EXPECT_EQ(watch::return_unacknowledged(db, f.imei, {first.id}), 1);
  EXPECT_EQ(watch::find_command(db, first.id)->status, "queued");
  EXPECT_EQ(watch::find_command(db, second.id)->status, "sent");
  EXPECT_EQ(watch::return_unacknowledged(db, f.imei, {first.id}), 0) << "already back";
  auto third = watch::queue_command(db, f.imei, "message", {{"text", "三"}}, 0);
  auto box = watch::offline_box(db, f.imei, 1);
  ASSERT_EQ(box.size(), 1u);
  EXPECT_EQ(box[0].id, first.id);
  EXPECT_TRUE(watch::expire(db, third.id));
  EXPECT_FALSE(watch::expire(db, third.id)) << "expired once";
  EXPECT_FALSE(watch::expire(db, second.id)) << "only a queued command expires";
  EXPECT_EQ(watch::find_command(db, third.id)->status, "expired");
}

TEST(WatchCommands, BadRequestsAre400AndQueueNothing) {
  Family f;
  for (json body : {json{{"type", "selfdestruct"}}, json{{"type", "message"}},
                    json{{"type", "message"}, {"text", std::string(101, 'a')}},
                    json{{"type", "upload"}, {"interval", 5}}, json{{"type", "lowbat"}},
                    json{{"type", "sos"}, {"numbers", json::array()}}, json{{"type", "bindcode"}},
                    json{{"type", "voice"}}}) {
    auto r = f.parent.post(f.commands(), body);
    EXPECT_EQ(r.status, 400) << body.dump();
    EXPECT_EQ(r.json()["ok"], false);
  }
  EXPECT_TRUE(f.box_types().empty());
}

TEST(WatchCommands, PhoneBookDefaultsToTheCirclesMembersAndContacts) {
  Family f;
  ASSERT_EQ(f.parent
                .post("/v1/circles/" + f.circle + "/contacts",
                      {{"phone", "13900000009"}, {"name", "外婆🙂"}})
                .status,
            201);
  auto r = f.parent.post(f.commands(), {{"type", "phonebook"}});
  ASSERT_EQ(r.status, 202) << r.body;
  auto entries = data(r)["payload"]["entries"];
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1]["name"], "外婆🙂");
}
