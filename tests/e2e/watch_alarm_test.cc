// Alarm clocks through the API (spec §5, §7): the list is edited with PUT/DELETE and each
// change sends the whole list to the watch as one REMIND command, coalesced in the box.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/watch_app.h"
#include "watch/offline_box.h"
#include "watch/report.h"

using nlohmann::json;
using testenv::App;

namespace {

json data(const testenv::HttpResponse& r) { return r.json().at("data"); }

std::vector<watch::Command> alarm_commands(const std::string& imei) {
  std::vector<watch::Command> out;
  for (const auto& c : watch::offline_box(db::local(), imei))
    if (c.type == "alarms") out.push_back(c);
  return out;
}

}  // namespace

TEST(WatchAlarms, EachChangeSendsTheWholeListAndOnlyTheNewestWaits) {
  App parent;
  std::string imei = parent.bound_watch(parent.new_circle());
  watch::went_offline(db::local(), imei);
  std::string url = "/v1/devices/" + imei + "/alarms";
  auto put =
      parent.put(url, {{"alarms",
                        {{{"time", "07:00"}, {"days", {1, 2, 3, 4, 5}}, {"label", "起床🙂"}},
                         {{"time", "21:30"}, {"on", false}}}}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(data(put)["command"]["status"], "queued");
  auto list = data(parent.get(url));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["label"], "起床🙂");
  EXPECT_EQ(list[0]["days"], json({1, 2, 3, 4, 5}));
  EXPECT_EQ(list[1]["on"], false);

  long long id = list[1]["id"];
  auto changed = parent.put(url + "/" + std::to_string(id), {{"on", true}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(data(parent.get(url + "/" + std::to_string(id)))["time"], "21:30");
  ASSERT_EQ(parent.del(url + "/" + list[0]["id"].dump()).status, 200);

  auto box = alarm_commands(imei);
  ASSERT_EQ(box.size(), 1u) << "three changes, one REMIND waiting";
  ASSERT_EQ(box[0].payload["alarms"].size(), 1u);
  EXPECT_EQ(box[0].payload["alarms"][0]["time"], "21:30");
  EXPECT_EQ(box[0].payload["alarms"][0]["on"], true);
}

TEST(WatchAlarms, BadAlarmsAre400AndChangeNothing) {
  App parent;
  std::string imei = parent.bound_watch(parent.new_circle());
  std::string url = "/v1/devices/" + imei + "/alarms";
  ASSERT_EQ(parent.put(url, {{"alarms", {{{"time", "06:45"}}}}}).status, 200);
  for (json alarms : {json::array({{{"time", "24:00"}}}), json::array({{{"time", "7:5"}}}),
                      json::array({{{"time", "07:00"}, {"days", {0}}}}),
                      json::array({{{"time", "07:00"}},
                                   {{"time", "08:00"}},
                                   {{"time", "09:00"}},
                                   {{"time", "10:00"}}})}) {
    auto r = parent.put(url, {{"alarms", alarms}});
    EXPECT_EQ(r.status, 400) << alarms.dump();
  }
  auto list = data(parent.get(url));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["time"], "06:45");
  EXPECT_EQ(parent.put(url + "/999999999", {{"on", false}}).status, 404);
  App stranger;
  EXPECT_EQ(stranger.get(url).status, 404);
  EXPECT_EQ(stranger.put(url, {{"alarms", json::array()}}).status, 404);
}
