// 我要报价 when quoting is impossible (issue 17): the item page disables it with the reason
// and shows what is left of the week's quota; the form says "本周还剩 N 次", reports every
// error at once keeping what was typed, and explains (409, not 429) instead of taking a quote
// the server would refuse.
#include <gtest/gtest.h>

#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"

using testenv::member;
using namespace testenv::market_steps;

namespace {
std::string item_url(long long item) { return "/item/" + std::to_string(item); }
}  // namespace

TEST(MarketQuoteChance, ItemPageCountsDownTheWeeklyQuota) {
  auto buyer = member("剩余次数采购商");
  auto supplier = member("剩余次数供应商");
  long long pid = publish(buyer, 2);
  auto page = supplier.c().get(item_url(item_of(pid, 1)));
  EXPECT_TRUE(has(page.body, "本周还剩 5 次")) << page.body;
  EXPECT_EQ(quote(supplier, item_of(pid, 1)).status, 303);
  page = supplier.c().get(item_url(item_of(pid, 2)));
  EXPECT_TRUE(has(page.body, "本周还剩 4 次"));
  auto form = supplier.c().get(item_url(item_of(pid, 2)) + "/quote");
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "本周还剩 <strong>4</strong> 次"));
}

TEST(MarketQuoteChance, PendingQuoteDisablesTheButtonWithTheReason) {
  auto buyer = member("待回复采购商");
  auto supplier = member("待回复供应商");
  long long item = item_of(publish(buyer));
  ASSERT_EQ(quote(supplier, item).status, 303);
  auto page = supplier.c().get(item_url(item));
  EXPECT_TRUE(has(page.body, "disabled aria-describedby=\"quote-why\">我要报价"));
  EXPECT_TRUE(has(page.body, "正等待采购商回复"));
  EXPECT_FALSE(has(page.body, "href=\"/item/" + std::to_string(item) + "/quote\""));
  auto form = supplier.c().get(item_url(item) + "/quote");
  EXPECT_EQ(form.status, 409);
  EXPECT_TRUE(has(form.body, "正等待采购商回复"));
  EXPECT_FALSE(has(form.body, "name=\"price\""));
  // The rule is the server's: a post anyway changes nothing.
  EXPECT_EQ(quote(supplier, item, "20").status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 1);
}

TEST(MarketQuoteChance, UsedQuotaIsExplainedNotRateLimited) {
  auto buyer = member("用完配额采购商");
  auto supplier = member("用完配额供应商");
  long long pid = publish(buyer, 6);
  for (int i = 1; i <= 5; ++i) ASSERT_EQ(quote(supplier, item_of(pid, i)).status, 303) << i;
  auto page = supplier.c().get(item_url(item_of(pid, 6)));
  EXPECT_TRUE(has(page.body, "本周报价次数已用完"));
  EXPECT_TRUE(has(page.body, "disabled aria-describedby=\"quote-why\">我要报价"));
  auto form = supplier.c().get(item_url(item_of(pid, 6)) + "/quote");
  EXPECT_EQ(form.status, 409);
  EXPECT_TRUE(has(form.body, "下周一恢复"));
  auto r = quote(supplier, item_of(pid, 6));
  EXPECT_EQ(r.status, 409);
  EXPECT_FALSE(has(r.body, "操作过于频繁"));
  auto json =
      supplier.c().post(item_url(item_of(pid, 6)) + "/quote",
                        {{"csrf_token", supplier.csrf}, {"price", "9"}, {"quality", "统货"}},
                        {"Accept: application/json"});
  EXPECT_EQ(json.status, 409);
  EXPECT_EQ(json.json()["error"], "quota_used");
}

TEST(MarketQuoteChance, FormReportsEveryErrorAtOnceAndKeepsWhatWasTyped) {
  auto buyer = member("全部错误采购商");
  auto supplier = member("全部错误供应商");
  long long item = item_of(publish(buyer));
  auto r = supplier.c().post(
      item_url(item) + "/quote",
      {{"csrf_token", supplier.csrf}, {"price", "abc"}, {"quality", ""}, {"explain", "运费另算"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "报价须为大于0的数字"));
  EXPECT_TRUE(has(r.body, "请填写货品描述"));
  EXPECT_TRUE(has(r.body, "href=\"#price\""));
  EXPECT_TRUE(has(r.body, "href=\"#quality\""));
  EXPECT_TRUE(has(r.body, "value=\"abc\""));
  EXPECT_TRUE(has(r.body, "运费另算"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote_quota WHERE user_id = ? AND used > 0", supplier.id),
            0);
}
