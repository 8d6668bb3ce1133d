// Tracked links and the SMS webhook through nginx: the first click counts once and raises the
// push score once, later views and a quote in the visit are credited to the round; the
// opt-out link; signed delivery reports and inbound 退订 replies, with bad signatures, old
// timestamps and replays refused.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/clock.h"
#include "db/connection.h"
#include "push/round.h"
#include "sms/gateway.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Http;

namespace {

db::Connection& sql() { return db::local(); }

struct Pushed {
  long long item = 0, member = 0, recipient = 0, round = 0, buyer = 0;
  std::string token, phone;
};

// An open standing item of `variety` and one SMS round of it to a new follower.
Pushed pushed(const char* variety) {
  Pushed p;
  long long buyer = testenv::make_user("链接采购商");
  p.buyer = buyer;
  p.member = testenv::make_user("链接供应商");
  sql().query(
      "INSERT INTO followed_variety (user_id, variety_id) SELECT ?, id FROM variety "
      "WHERE name = ?",
      p.member, variety);
  auto o = sql().query(
      "INSERT INTO purchase (buyer_id, pickup, acceptance, remark, window_days, created_at) "
      "VALUES (?, 1, '', '', 0, NOW())",
      buyer);
  p.item = static_cast<long long>(
      sql()
          .query("INSERT INTO purchase_item (purchase_id, position, variety_id, variety_name, "
                 "quantity, unit, created_at) SELECT ?, 1, id, name, 2, '吨', NOW() FROM variety "
                 "WHERE name = ?",
                 o.insert_id, variety)
          .insert_id);
  push::Policy policy;
  auto r = push::make_round(sql(), policy, p.item, push::Channel::sms, "admin",
                            "track-" + std::to_string(p.item), core::now());
  EXPECT_EQ(r.outcome, push::RoundOutcome::made);
  auto x = sql()
               .query(
                   "SELECT id, token, address FROM push_recipient WHERE round_id = ? AND "
                   "user_id = ?",
                   r.round_id, p.member)
               .one();
  p.round = r.round_id;
  p.recipient = x.i64(0);
  p.token = x.str(1);
  p.phone = x.str(2);
  return p;
}

long long num(const std::string& q, long long id) { return sql().query(q, id).one().i64(0); }

std::string sign(const std::string& ts, const std::string& body) {
  return sms::hmac_hex("test-hook-secret", ts + body);
}

testenv::HttpResponse hook(Http& c, const std::string& body, long long ts,
                           const std::string& sig = "") {
  std::string t = std::to_string(ts);
  return c.post_raw(
      "/hooks/sms", body, "application/json",
      {"X-Yaocai-Timestamp: " + t, "X-Yaocai-Signature: " + (sig.empty() ? sign(t, body) : sig)});
}

// How many SMS with template `tpl` the log driver wrote for `phone`, waiting up to 20 s for
// at least one (the stack's yaocai-pushd sends them).
int sms_with(const std::string& phone, const std::string& tpl) {
  auto count = [&] {
    int n = 0;
    std::ifstream in(testenv::var_dir() + "/log/sms.log");
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.value("phone", "") == phone && j.value("template", "") == tpl) ++n;
    }
    return n;
  };
  for (int i = 0; i < 200 && count() == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  return count();
}

}  // namespace

TEST(PushTrackedLink, FirstClickCountsOnceAndLeadsToTheItem) {
  auto p = pushed("桔梗");
  Http visitor;
  auto r = visitor.get("/t/" + p.token);
  EXPECT_EQ(r.status, 302);
  EXPECT_EQ(r.header("location"), "/item/" + std::to_string(p.item));
  visitor.get("/t/" + p.token);
  Http other;
  other.get("/t/" + p.token);
  EXPECT_EQ(num("SELECT clicks FROM push_recipient WHERE id = ?", p.recipient), 3);
  EXPECT_EQ(num("SELECT first_click_at IS NOT NULL FROM push_recipient WHERE id = ?", p.recipient),
            1);
  EXPECT_EQ(num("SELECT score FROM push_score WHERE user_id = ?", p.member), 1)
      << "only the first click raises the score";
  // Later page views in the visit are recorded.
  long long before = num("SELECT COUNT(*) FROM push_visit WHERE recipient_id = ?", p.recipient);
  EXPECT_EQ(visitor.get("/item/" + std::to_string(p.item)).status, 200);
  EXPECT_EQ(num("SELECT COUNT(*) FROM push_visit WHERE recipient_id = ?", p.recipient), before + 1);
}

TEST(PushTrackedLink, UnknownOrMalformedTokensAre404) {
  Http c;
  EXPECT_EQ(c.get("/t/0123456789abcdef0123456789abcdef").status, 404);
  EXPECT_EQ(c.get("/t/not-a-token").status, 404);
  EXPECT_EQ(c.get("/t/0123456789abcdef0123456789abcdef/optout").status, 404);
}

TEST(PushTrackedLink, QuoteInTheVisitIsCreditedToTheRound) {
  auto p = pushed("防风");
  Http supplier;
  std::string csrf = testenv::login_as(supplier, p.member);
  EXPECT_EQ(supplier.get("/t/" + p.token).status, 302);
  auto q = supplier.post("/item/" + std::to_string(p.item) + "/quote",
                         {{"csrf_token", csrf}, {"price", "20"}, {"quality", "统货"}});
  EXPECT_EQ(q.status, 303) << q.body.substr(0, 1500);
  EXPECT_EQ(num("SELECT quoted FROM push_recipient WHERE id = ?", p.recipient), 1);
}

TEST(PushTrackedLink, OptOutLinkAsksThenStopsEveryPush) {
  auto p = pushed("羌活");
  Http c;
  std::string url = "/t/" + p.token + "/optout";
  auto ask = c.get(url);
  EXPECT_EQ(ask.status, 200);
  EXPECT_NE(ask.body.find("确认退订"), std::string::npos);
  EXPECT_EQ(c.post(url, {}).status, 403) << "no CSRF token";
  EXPECT_EQ(num("SELECT COUNT(*) FROM push_optout WHERE mobile = ?", std::stoll(p.phone)), 0);
  auto done = c.post(url, {{"csrf_token", c.csrf(ask.body)}});
  EXPECT_EQ(done.status, 200);
  EXPECT_NE(done.body.find("已退订"), std::string::npos);
  EXPECT_EQ(sql().query("SELECT source FROM push_optout WHERE mobile = ?", p.phone).one().str(0),
            "link");
}

TEST(PushWebhook, SignedDeliveryReportMarksTheRecipientDelivered) {
  auto p = pushed("独活");
  std::string pid = "prov-" + p.token.substr(0, 12);
  sql().query("UPDATE push_outbox SET provider_id = ? WHERE recipient_id = ?", pid, p.recipient);
  Http provider;
  std::string body = R"({"reports":[{"id":"rep-)" + pid + R"(","type":"delivery","provider_id":")" +
                     pid + R"(","status":"delivered"}]})";
  long long now = core::now();
  auto r = hook(provider, body, now);
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().value("delivered", 0), 1);
  EXPECT_EQ(num("SELECT status FROM push_recipient WHERE id = ?", p.recipient), 2);
  EXPECT_EQ(hook(provider, body, now).status, 409) << "the same signed request again";
  // The same report in a new request is accepted once only.
  auto again = hook(provider, body, now + 1);
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json().value("repeated", 0), 1);
}

TEST(PushWebhook, BadSignatureAndOldTimestampAreRefused) {
  Http provider;
  std::string body = R"({"reports":[{"id":"bad-1","type":"inbound","phone":"13912345678",)"
                     R"("text":"TD"}]})";
  long long now = core::now();
  EXPECT_EQ(hook(provider, body, now, std::string(64, '0')).status, 403);
  EXPECT_EQ(hook(provider, body, now - 301).status, 403) << "older than 5 minutes";
  EXPECT_EQ(hook(provider, body, now + 301).status, 403);
  EXPECT_EQ(num("SELECT COUNT(*) FROM push_optout WHERE mobile = ?", 13912345678LL), 0);
  EXPECT_EQ(hook(provider, "not json", now).status, 400);
}

TEST(PushWebhook, InboundTdOptsTheNumberOut) {
  auto p = pushed("白芷");
  Http provider;
  std::string body = R"({"reports":[{"id":"in-)" + p.token + R"(","type":"inbound","phone":")" +
                     p.phone + R"(","text":" td "}]})";
  auto r = hook(provider, body, core::now());
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().value("opted_out", 0), 1);
  EXPECT_EQ(sql().query("SELECT source FROM push_optout WHERE mobile = ?", p.phone).one().str(0),
            "sms_reply");
}

TEST(PushQuoteEvents, NewQuoteTellsTheBuyerAndReplyTellsTheSupplier) {
  auto p = pushed("牛膝");
  Http supplier, buyer;
  std::string scsrf = testenv::login_as(supplier, p.member);
  std::string bcsrf = testenv::login_as(buyer, p.buyer);
  auto q = supplier.post("/item/" + std::to_string(p.item) + "/quote",
                         {{"csrf_token", scsrf}, {"price", "18.5"}, {"quality", "统货"}});
  ASSERT_EQ(q.status, 303) << q.body.substr(0, 1000);
  std::string quote = q.header("location");  // /quote/<id>
  auto buyer_phone = sql().query("SELECT phone FROM user WHERE id = ?", p.buyer).one().str(0);
  EXPECT_EQ(sms_with(buyer_phone, "quote_new"), 1);
  auto r = buyer.post(quote + "/reply", {{"csrf_token", bcsrf}, {"state", "accept"}});
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 1000);
  EXPECT_EQ(sms_with(p.phone, "quote_reply"), 1);
}
