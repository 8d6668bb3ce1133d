// Stories through the API (spec §5): the catalogue by category, newest first; sending one to a
// watch queues a command; the hot ranking counts only acknowledged sends, highest first.
#include <gtest/gtest.h>

#include "core/token.h"
#include "db/connection.h"
#include "tests/support/watch_app.h"
#include "watch/offline_box.h"
#include "watch/report.h"
#include "watch/story.h"

using nlohmann::json;
using testenv::App;

namespace {

json data(const testenv::HttpResponse& r) { return r.json().at("data"); }

std::string amr() {
  std::string s = "#!AMR\n";
  for (int i = 0; i < 50; ++i) s += char(0x3C) + std::string(31, '\x22');
  return s;
}

// A category of its own (names are unique) with `n` stories, oldest first.
std::pair<long long, std::vector<long long>> shelf(long long admin, int n) {
  auto& db = db::local();
  long long cat = watch::add_story_category(db, "分类" + core::random_hex(3), 0);
  std::vector<long long> ids;
  const std::string audio = amr();  // NewStory holds views of the uploaded bytes
  for (int i = 0; i < n; ++i) {
    watch::NewStory s;
    s.category_id = cat;
    s.title = "小兔子🙂" + std::to_string(i);
    s.audio = audio;
    ids.push_back(watch::add_story(db, admin, s).id);
  }
  return {cat, ids};
}

}  // namespace

TEST(WatchStories, HotRankingCountsAcknowledgedSendsOnlyHighestFirst) {
  App parent;
  std::string imei = parent.bound_watch(parent.new_circle());
  watch::went_offline(db::local(), imei);
  auto [cat, ids] = shelf(parent.uid, 3);
  auto send = [&](long long story) {
    auto r = parent.post("/v1/devices/" + imei + "/stories/" + std::to_string(story));
    EXPECT_EQ(r.status, 202) << r.body;
    return r.json()["data"]["id"].get<long long>();
  };
  // Story 0: three sends, one acknowledged. Story 1: two, both acknowledged. Story 2: none.
  long long a = send(ids[0]);
  send(ids[0]);
  send(ids[0]);
  long long b1 = send(ids[1]), b2 = send(ids[1]);
  for (long long id : {a, b1, b2}) ASSERT_TRUE(watch::acknowledge(db::local(), imei, id));

  auto hot = data(parent.get("/v1/stories/hot?category=" + std::to_string(cat)));
  ASSERT_EQ(hot.size(), 2u);
  EXPECT_EQ(hot[0]["id"], ids[1]);
  EXPECT_EQ(hot[0]["plays"], 2);
  EXPECT_EQ(hot[1]["id"], ids[0]);
  EXPECT_EQ(hot[1]["plays"], 1);

  auto box = watch::offline_box(db::local(), imei);
  ASSERT_EQ(box.size(), 2u);
  EXPECT_EQ(box[0].type, "story");
  EXPECT_EQ(box[0].payload["story_id"], ids[0]);
}

TEST(WatchStories, CatalogueIsNewestFirstByCategoryWithBeforeAndDetail) {
  App parent;
  auto [cat, ids] = shelf(parent.uid, 3);
  auto list = data(parent.get("/v1/stories?category=" + std::to_string(cat)));
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0]["id"], ids[2]);
  EXPECT_EQ(list[0]["title"], "小兔子🙂2");
  EXPECT_EQ(list[0]["seconds"], 1);
  auto older = data(parent.get("/v1/stories?category=" + std::to_string(cat) +
                               "&before=" + std::to_string(ids[2])));
  ASSERT_EQ(older.size(), 2u);
  EXPECT_EQ(older[0]["id"], ids[1]);
  auto one = parent.get("/v1/stories/" + std::to_string(ids[0]));
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(parent.http.get(data(one)["audio"]).body, amr());
  EXPECT_EQ(parent.get("/v1/stories/999999999").status, 404);
  EXPECT_EQ(parent.get("/v1/stories?category=abc").status, 400);
  bool listed = false;
  for (const auto& c : data(parent.get("/v1/stories/categories"))) listed |= c["id"] == cat;
  EXPECT_TRUE(listed);
}

TEST(WatchStories, SendingToAWatchOutsideTheCircleIs404) {
  App parent, stranger;
  std::string imei = parent.bound_watch(parent.new_circle());
  auto [cat, ids] = shelf(parent.uid, 1);
  EXPECT_EQ(stranger.post("/v1/devices/" + imei + "/stories/" + std::to_string(ids[0])).status,
            404);
  EXPECT_EQ(parent.post("/v1/devices/" + imei + "/stories/999999999").status, 404);
  EXPECT_EQ(stranger.get("/v1/stories").status, 200) << "the catalogue is for every user";
}
