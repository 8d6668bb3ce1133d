// Copies of public pages on disk (lib/core/page_copy.h): names, eligibility, the single
// renderer per slot and discarding, against a private page directory.
#include "core/page_copy.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/config.h"

namespace fs = std::filesystem;

namespace {

// Copies are named by ten-second slot; a test that checks a name starts away from the end.
void away_from_slot_end() {
  while (std::time(nullptr) % 10 >= 8) ::usleep(200 * 1000);
}

class PageCopyTest : public testing::Test {
 protected:
  void SetUp() override {
    away_from_slot_end();
    saved_ = core::Config::get();
    dir_ = fs::temp_directory_path() / ("yaocai-pages-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    auto c = saved_;
    c.put("paths", "page_dir", dir_.string());
    core::Config::set(c);
  }
  void TearDown() override {
    core::Config::set(saved_);
    fs::remove_all(dir_);
  }
  // The file nginx would look up for this path and query in the current slot.
  fs::path served(const std::string& path, const std::string& query) {
    return dir_ / "live" / std::to_string(core::page_copy_slot()) /
           (path.substr(1) + "@" + query + ".html");
  }
  static std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  core::Config saved_;
  fs::path dir_;
};

}  // namespace

TEST_F(PageCopyTest, KeptPageIsTheFileNginxLooksUp) {
  auto c = core::PageCopy::begin("/purchases", "q=%E9%BB%84&page=2");
  ASSERT_TRUE(c);
  EXPECT_FALSE(c->existing());
  c->keep("<p>黄芪</p>");
  EXPECT_EQ(read(served("/purchases", "q=%E9%BB%84&page=2")), "<p>黄芪</p>");
  EXPECT_EQ(*core::PageCopy::begin("/purchases", "q=%E9%BB%84&page=2")->existing(), "<p>黄芪</p>");

  core::PageCopy::begin("/", "")->keep("home");
  EXPECT_EQ(read(served("/", "")), "home");
  core::PageCopy::begin("/item/5", "")->keep("item");
  EXPECT_EQ(read(served("/item/5", "")), "item");
  EXPECT_EQ(fs::status(served("/item/5", "")).permissions() & fs::perms::others_read,
            fs::perms::others_read)
      << "nginx may run as another user";
}

TEST_F(PageCopyTest, OnlyPlainPathsAndQueriesGetCopies) {
  EXPECT_FALSE(core::PageCopy::begin("/purchases", "q=<script>"));
  EXPECT_FALSE(core::PageCopy::begin("/purchases", "q=a/b"));
  EXPECT_FALSE(core::PageCopy::begin("/purchases", "q=" + std::string(300, 'a')));
  EXPECT_FALSE(core::PageCopy::begin("/../etc", ""));
  EXPECT_FALSE(core::PageCopy::begin("/a//b", ""));
  EXPECT_FALSE(core::PageCopy::begin("/a/", ""));
  EXPECT_FALSE(core::PageCopy::begin("relative", ""));
  EXPECT_TRUE(core::PageCopy::begin("/purchases", "status=1&province=130000&q=a+b"));

  auto c = core::Config::get();
  c.put("paths", "page_dir", "");
  core::Config::set(c);
  EXPECT_FALSE(core::PageCopy::begin("/purchases", "")) << "copies switched off";
}

TEST_F(PageCopyTest, DiscardRemovesEveryCopyAndLateWritersMissTheLiveTree) {
  core::PageCopy::begin("/", "")->keep("old home");
  // A request that began before the change and finishes after it rendered old data.
  auto late = core::PageCopy::begin("/purchases", "");
  core::discard_page_copies();
  EXPECT_FALSE(fs::exists(served("/", "")));
  late->keep("rendered from old data");
  EXPECT_FALSE(fs::exists(served("/purchases", ""))) << "a stale render must not be served";
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename(), "live") << "discarded trees are deleted";

  core::PageCopy::begin("/purchases", "")->keep("fresh");
  EXPECT_EQ(read(served("/purchases", "")), "fresh");
  core::discard_page_copies();
  core::discard_page_copies();  // nothing left to discard: no error
}

TEST_F(PageCopyTest, OneRendererPerSlotOthersGetThePreviousCopy) {
  auto first = core::PageCopy::begin("/purchases", "page=3");
  EXPECT_TRUE(first->claim());
  auto second = core::PageCopy::begin("/purchases", "page=3");
  EXPECT_FALSE(second->claim()) << "the first request renders";
  EXPECT_FALSE(second->previous()) << "no copy from the slot before";
  fs::path before = dir_ / "live" / std::to_string(core::page_copy_slot() - 1);
  fs::create_directories(before);
  std::ofstream(before / "purchases@page=3.html") << "ten seconds old";
  EXPECT_EQ(second->previous().value_or(""), "ten seconds old");

  // Released when the renderer is done (kept or not), so a failed render is retried.
  first.reset();
  auto third = core::PageCopy::begin("/purchases", "page=3");
  EXPECT_TRUE(third->claim());
}

TEST_F(PageCopyTest, OldSlotsArePruned) {
  long now = core::page_copy_slot();
  fs::create_directories(dir_ / "live" / std::to_string(now - 5) / "item");
  fs::create_directories(dir_ / "live" / std::to_string(now - 1));
  std::ofstream(dir_ / "live" / std::to_string(now - 5) / "purchases@.html") << "x";
  auto c = core::PageCopy::begin("/purchases", "");
  c->keep("now");
  EXPECT_FALSE(fs::exists(dir_ / "live" / std::to_string(now - 5)));
  EXPECT_TRUE(fs::exists(dir_ / "live" / std::to_string(now - 1))) << "the previous slot stays";
}
