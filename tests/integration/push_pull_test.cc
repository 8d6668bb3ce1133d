// The buy-lead puller (job buy-leads-pull) against a fake buy-lead API on loopback: it pages
// through the API with after=<last id>&limit=<n>, keeps where it stopped per source, resumes
// there after a failed page or on the next run, and imports no row twice.
#include <gtest/gtest.h>

#include <mutex>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "push/pull.h"
#include "tests/support/fake_server.h"
#include "tests/support/stack.h"

namespace {

// GET /leads?after=<id>&limit=<n>: the leads with an id above `after`, in id order, at most n.
// Ids are zero-padded so their string order is their number order, as the puller assumes.
class FakeLeadApi {
 public:
  FakeLeadApi() : server_([this](const testenv::FakeRequest& r) { return answer(r); }) {}
  std::string url() const {
    return "http://127.0.0.1:" + std::to_string(server_.port()) + "/leads";
  }
  void add(int n, const std::string& variety) {
    std::lock_guard lock(m_);
    for (int i = 0; i < n; ++i) {
      char id[16];
      std::snprintf(id, sizeof id, "L%05d", static_cast<int>(leads_.size()) + 1);
      leads_.push_back({{"id", id},
                        {"mobile", testenv::unique_phone()},
                        {"variety", variety},
                        {"quantity", "2吨"}});
    }
  }
  void fail_from_request(int n) { fail_at_ = n; }
  std::vector<std::string> afters() {
    std::lock_guard lock(m_);
    return afters_;
  }

 private:
  std::string answer(const testenv::FakeRequest& r) {
    std::lock_guard lock(m_);
    std::string after = param(r.target, "after");
    afters_.push_back(after);
    if (fail_at_ && static_cast<int>(afters_.size()) >= fail_at_)
      return testenv::fake_reply(503, R"({"error":"busy"})");
    size_t limit = std::stoul(param(r.target, "limit"));
    auto page = nlohmann::json::array();
    for (const auto& l : leads_)
      if (l["id"].get<std::string>() > after && page.size() < limit) page.push_back(l);
    return testenv::fake_reply(200, nlohmann::json{{"items", page}}.dump());
  }
  static std::string param(const std::string& target, const std::string& name) {
    auto at = target.find(name + "=");
    if (at == std::string::npos) return "";
    at += name.size() + 1;
    return target.substr(at, target.find('&', at) - at);
  }
  std::mutex m_;
  std::vector<nlohmann::json> leads_;
  std::vector<std::string> afters_;
  int fail_at_ = 0;
  testenv::FakeServer server_;  // last: it stops before what its answers use goes
};

}  // namespace

class PushPull : public testenv::DbTest {
 protected:
  long long staged(const std::string& source) {
    return db().query("SELECT COUNT(*) FROM buy_lead WHERE source = ?", source).one().i64(0);
  }
  std::string cursor(const std::string& source) {
    return db()
        .query("SELECT last_source_id FROM buy_lead_cursor WHERE source = ?", source)
        .one()
        .str(0);
  }
};

TEST_F(PushPull, PagesThroughTheApiAndResumesAfterTheLastIdOnTheNextRun) {
  FakeLeadApi api;
  api.add(250, "党参");
  auto first = push::pull_buy_leads(db(), api.url(), "pull-a", "2026-12-05", 100);
  EXPECT_EQ(first.pages, 3);
  EXPECT_EQ(first.report.inserted, 250);
  EXPECT_EQ(staged("pull-a"), 250);
  EXPECT_EQ(cursor("pull-a"), "L00250");
  EXPECT_EQ(api.afters(), (std::vector<std::string>{"", "L00100", "L00200"}))
      << "a short page is the last one";

  api.add(30, "黄芪");
  auto second = push::pull_buy_leads(db(), api.url(), "pull-a", "2026-12-06", 100);
  EXPECT_EQ(second.pages, 1);
  EXPECT_EQ(second.report.inserted, 30);
  EXPECT_EQ(second.report.skipped, 0) << "it asked only for what came after";
  EXPECT_EQ(api.afters().at(3), "L00250");
  EXPECT_EQ(staged("pull-a"), 280);

  auto idle = push::pull_buy_leads(db(), api.url(), "pull-a", "2026-12-07", 100);
  EXPECT_EQ(idle.pages, 0) << "an empty page: nothing new";
  EXPECT_EQ(staged("pull-a"), 280);
}

TEST_F(PushPull, AFailedPageKeepsThePagesBeforeItAndTheNextRunGoesOnFromThere) {
  FakeLeadApi api;
  api.add(120, "当归");
  api.fail_from_request(3);
  EXPECT_THROW(push::pull_buy_leads(db(), api.url(), "pull-b", "2026-12-05", 50),
               core::Unavailable);
  EXPECT_EQ(staged("pull-b"), 100) << "the two pages before the failure are kept";
  EXPECT_EQ(cursor("pull-b"), "L00100");

  api.fail_from_request(0);
  auto again = push::pull_buy_leads(db(), api.url(), "pull-b", "2026-12-05", 50);
  EXPECT_EQ(again.report.inserted, 20);
  EXPECT_EQ(api.afters().back(), "L00100") << "resumed where it stopped";
  EXPECT_EQ(staged("pull-b"), 120);
  EXPECT_EQ(db().query("SELECT COUNT(DISTINCT source_id) FROM buy_lead WHERE source = 'pull-b'")
                .one()
                .i64(0),
            120)
      << "no row twice";
}

TEST_F(PushPull, AnAnswerThatIsNotAPageIsRefused) {
  testenv::FakeServer odd(
      [](const testenv::FakeRequest&) { return testenv::fake_reply(200, R"({"rows":[]})"); });
  EXPECT_THROW(push::pull_buy_leads(db(), "http://127.0.0.1:" + std::to_string(odd.port()) + "/x",
                                    "pull-c", "2026-12-05"),
               core::Unavailable);
  EXPECT_EQ(staged("pull-c"), 0);
}
