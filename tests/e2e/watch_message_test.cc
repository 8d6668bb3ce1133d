// Circle messages through the API (spec §5): text, AMR voice and pictures to the feed, text and
// voice to each watch as commands in order; what a watch records reaches the apps.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "tests/support/pictures.h"
#include "tests/support/watch_app.h"
#include "watch/message.h"
#include "watch/offline_box.h"
#include "watch/report.h"

using nlohmann::json;
using testenv::App;

namespace {

json data(const testenv::HttpResponse& r) { return r.json().at("data"); }

// `seconds` of AMR-NB 12.2 kbit/s: 50 frames a second, each a header byte and 31 bytes.
std::string amr(int seconds) {
  std::string s = "#!AMR\n";
  for (int i = 0; i < seconds * 50; ++i) s += char(0x3C) + std::string(31, '\x11');
  return s;
}

testenv::HttpResponse post_file(App& app, const std::string& circle, const std::string& field,
                                const std::string& bytes) {
  return app.http.post_multipart("/v1/circles/" + circle + "/messages", {},
                                 {{field, "x.bin", "application/octet-stream", bytes}},
                                 {"Authorization: Bearer " + app.token});
}

}  // namespace

TEST(WatchMessages, TextVoiceAndImageReachTheFeedAndTextAndVoiceTheWatch) {
  App parent;
  std::string circle = parent.new_circle("我家", "妈妈🙂");
  std::string imei = parent.bound_watch(circle);
  watch::went_offline(db::local(), imei);
  std::string url = "/v1/circles/" + circle + "/messages";

  auto text = parent.post(url, {{"text", "放学在门口等我🙂"}});
  ASSERT_EQ(text.status, 201) << text.body;
  EXPECT_EQ(data(text)["from"], "妈妈🙂");
  EXPECT_EQ(data(text)["watches"][0]["status"], "queued");
  auto voice = post_file(parent, circle, "voice", amr(2));
  ASSERT_EQ(voice.status, 201) << voice.body;
  EXPECT_EQ(data(voice)["seconds"], 2);
  std::string voice_url = data(voice)["voice"];
  auto image = post_file(parent, circle, "image", testenv::picture("JPEG", 640, 480));
  ASSERT_EQ(image.status, 201) << image.body;
  EXPECT_TRUE(data(image)["watches"].empty()) << "the protocol has no picture frame";

  // Files are served by nginx as stored.
  auto served = parent.http.get(voice_url);
  EXPECT_EQ(served.status, 200);
  EXPECT_EQ(served.body, amr(2));
  EXPECT_EQ(parent.http.get(data(image)["thumb"]).status, 200);

  auto list = data(parent.get(url));
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0]["kind"], "image");
  EXPECT_EQ(list[1]["kind"], "voice");
  EXPECT_EQ(list[2]["text"], "放学在门口等我🙂");
  EXPECT_EQ(data(parent.get(url + "?before=" + list[0]["id"].dump() + "&limit=1")).size(), 1u);

  auto box = watch::offline_box(db::local(), imei);
  ASSERT_EQ(box.size(), 2u);
  EXPECT_EQ(box[0].type, "message");
  EXPECT_EQ(box[0].payload["text"], "放学在门口等我🙂");
  EXPECT_EQ(box[1].type, "voice");
  EXPECT_EQ(box[1].payload["url"], voice_url);

  auto events = data(parent.get("/v1/circles/" + circle + "/events"));
  EXPECT_EQ(events[0]["type"], "message");
}

TEST(WatchMessages, AVoiceFromAWatchReachesTheApps) {
  App parent;
  std::string circle = parent.new_circle();
  std::string imei = parent.bound_watch(circle, "小明🙂");
  auto posted = watch::watch_voice(db::local(), imei, amr(1));
  EXPECT_TRUE(posted.commands.empty()) << "not echoed to the watch that recorded it";
  auto list = data(parent.get("/v1/circles/" + circle + "/messages"));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["from"], "小明🙂");
  EXPECT_EQ(list[0]["imei"], imei);
  EXPECT_EQ(list[0]["seconds"], 1);
}

TEST(WatchMessages, BadMessagesAre400AndStoreNothingAndOutsidersGet404) {
  App parent, stranger;
  std::string circle = parent.new_circle();
  std::string url = "/v1/circles/" + circle + "/messages";
  EXPECT_EQ(parent.post(url, {{"text", ""}}).status, 400);
  EXPECT_EQ(parent.post(url, {{"text", std::string(101, 'x')}}).status, 400);
  EXPECT_EQ(post_file(parent, circle, "voice", "#!AMR\n\x3C\x01").status, 400) << "truncated";
  EXPECT_EQ(post_file(parent, circle, "voice", testenv::picture("PNG", 10, 10)).status, 400);
  EXPECT_EQ(post_file(parent, circle, "image", amr(1)).status, 400);
  EXPECT_TRUE(data(parent.get(url)).empty());
  EXPECT_EQ(stranger.get(url).status, 404);
  EXPECT_EQ(stranger.post(url, {{"text", "你好"}}).status, 404);
}
