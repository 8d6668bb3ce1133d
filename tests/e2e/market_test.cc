// The marketplace through nginx and the real programs: every rule of spec §1 by name.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Fields;
using testenv::Http;

namespace {

struct Member {
  long long id;
  std::unique_ptr<Http> http;
  std::string csrf;
  Http& c() { return *http; }
};

Member member(const std::string& name) {
  Member m{testenv::make_user(name), std::make_unique<Http>(), ""};
  m.csrf = testenv::login_as(*m.http, m.id);
  return m;
}

db::Connection& sql() { return db::local(); }

long long count(const std::string& text, long long id) {
  return sql().query(text, id).one().i64(0);
}

// Publishes an order with `items` items (黄芪, 党参, ...) and returns its id.
long long publish(Member& buyer, int items = 1, Fields extra = {}) {
  static const char* names[] = {"黄芪", "党参", "当归", "甘草", "白芍", "川芎",
                                "白术", "茯苓", "地黄", "山药", "丹参", "板蓝根"};
  Fields f{{"csrf_token", buyer.csrf}, {"area", "130102"},     {"invoice", "1"},
           {"payment", "2"},           {"payment_days", "30"}, {"window", "7"}};
  for (int i = 0; i < items; ++i) {
    std::string p = "items[" + std::to_string(i) + "]";
    f.push_back({p + "[variety]", names[i % 12]});
    f.push_back({p + "[spec]", "统货"});
    f.push_back({p + "[quantity]", "2"});
    f.push_back({p + "[unit]", "吨"});
    f.push_back({p + "[quality]", "无虫蛀"});
  }
  for (auto& e : extra) f.push_back(e);
  auto r = buyer.c().post("/purchase/new", f);
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
  auto loc = r.header("location");
  EXPECT_EQ(loc.rfind("/purchase/", 0), 0u) << loc;
  return std::stoll(loc.substr(10));
}

long long item_of(long long purchase_id, int position = 1) {
  return sql()
      .query("SELECT id FROM purchase_item WHERE purchase_id = ? AND position = ?", purchase_id,
             position)
      .one()
      .i64(0);
}

testenv::HttpResponse quote(Member& s, long long item, const std::string& price = "35.5",
                            const std::string& quality = "统货，无硫") {
  return s.c().post(
      "/item/" + std::to_string(item) + "/quote",
      {{"csrf_token", s.csrf}, {"price", price}, {"quality", quality}, {"explain", "含运费"}});
}

long long quote_id(testenv::HttpResponse r) {
  auto loc = r.header("location");
  EXPECT_EQ(loc.rfind("/quote/", 0), 0u) << r.status << " " << r.body.substr(0, 2000);
  return loc.size() > 7 ? std::stoll(loc.substr(7)) : 0;
}

bool has(const std::string& body, const std::string& s) {
  return body.find(s) != std::string::npos;
}

}  // namespace

TEST(MarketPublish, PublishedOrderHasSharePageWithCopyButtonAndQrPng) {
  auto buyer = member("发布测试饮片厂");
  long long id = publish(buyer, 2);
  auto page = buyer.c().get("/purchase/" + std::to_string(id) + "/published");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "/purchase/" + std::to_string(id) + "\""));
  EXPECT_TRUE(has(page.body, "复制链接"));
  auto qr = buyer.c().get("/purchase/" + std::to_string(id) + "/qr.png");
  EXPECT_EQ(qr.status, 200);
  EXPECT_EQ(qr.header("content-type"), "image/png");
  EXPECT_EQ(qr.body.substr(0, 4), "\x89PNG");
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase_item WHERE purchase_id = ?", id), 2);
  auto item = Http().get("/item/" + std::to_string(item_of(id)));
  EXPECT_EQ(item.status, 200);
  EXPECT_TRUE(has(item.body, "等待报价（剩余7天）"));
  EXPECT_TRUE(has(item.body, "河北省 石家庄市 长安区"));
}

TEST(MarketPublish, BadFieldRerendersFormWithValuesKeptAndNothingWritten) {
  auto buyer = member("填错的采购商");
  auto r = buyer.c().post("/purchase/new", {{"csrf_token", buyer.csrf},
                                            {"area", "130102"},
                                            {"window", "7"},
                                            {"remark", "请尽快联系"},
                                            {"items[0][variety]", "黄芪"},
                                            {"items[0][quantity]", "两吨"},
                                            {"items[0][spec]", "选货"},
                                            {"items[1][variety]", "当归"},
                                            {"items[1][quantity]", "5"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "数量须为大于0的数字"));
  EXPECT_TRUE(has(r.body, "value=\"两吨\""));
  EXPECT_TRUE(has(r.body, "value=\"选货\""));
  EXPECT_TRUE(has(r.body, "value=\"当归\""));
  EXPECT_TRUE(has(r.body, "请尽快联系"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase WHERE buyer_id = ?", buyer.id), 0);
}

TEST(MarketPublish, MoreThanTwentyItemsRefused) {
  auto buyer = member("贪心采购商");
  Fields f{{"csrf_token", buyer.csrf}, {"pickup", "1"}, {"window", "0"}};
  for (int i = 0; i < 21; ++i) {
    f.push_back({"items[" + std::to_string(i) + "][variety]", "黄芪"});
    f.push_back({"items[" + std::to_string(i) + "][quantity]", "1"});
  }
  auto r = buyer.c().post("/purchase/new", f);
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "最多20个品种"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase WHERE buyer_id = ?", buyer.id), 0);
}

TEST(MarketQuote, QuoteOnOwnOrderRefused) {
  auto buyer = member("自报价采购商");
  long long item = item_of(publish(buyer));
  auto r = quote(buyer, item);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
}

TEST(MarketQuote, QuoteAfterDeadlineRefusedByServer) {
  auto buyer = member("过期采购商");
  auto supplier = member("迟到供应商");
  long long pid = publish(buyer);
  long long item = item_of(pid);
  sql().query("UPDATE purchase SET deadline = NOW() - INTERVAL 1 MINUTE WHERE id = ?", pid);
  auto r = quote(supplier, item);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
  EXPECT_TRUE(has(Http().get("/item/" + std::to_string(item)).body, "报价结束"));
}

TEST(MarketQuote, QuoteOnClosedItemRefusedByServer) {
  auto buyer = member("关闭采购商");
  auto supplier = member("晚来供应商");
  long long pid = publish(buyer, 2);
  long long item = item_of(pid);
  auto c = buyer.c().post("/item/" + std::to_string(item) + "/close", {{"csrf_token", buyer.csrf}});
  EXPECT_EQ(c.status, 303);
  EXPECT_EQ(quote(supplier, item).status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
  EXPECT_EQ(quote(supplier, item_of(pid, 2)).status, 303) << "the other item stays open";
}

TEST(MarketQuote, SecondPendingQuoteRefusedAndNewQuoteAfterReplyAccepted) {
  auto buyer = member("回复采购商");
  auto supplier = member("重复供应商");
  long long item = item_of(publish(buyer));
  long long first = quote_id(quote(supplier, item, "40"));
  auto again = quote(supplier, item, "38");
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 1);
  auto rep = buyer.c().post(
      "/quote/" + std::to_string(first) + "/reply",
      {{"csrf_token", buyer.csrf}, {"state", "reject"}, {"reasons", "price"}, {"message", "贵了"}});
  EXPECT_EQ(rep.status, 303);
  EXPECT_EQ(quote(supplier, item, "36").status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 2);
}

TEST(MarketQuote, WeeklyQuotaExactAtLimit) {
  auto buyer = member("配额采购商");
  auto supplier = member("配额供应商");
  long long pid = publish(buyer, 7);
  for (int i = 1; i <= 5; ++i) EXPECT_EQ(quote(supplier, item_of(pid, i)).status, 303) << i;
  auto sixth = quote(supplier, item_of(pid, 6));
  EXPECT_EQ(sixth.status, 429);
  EXPECT_TRUE(has(sixth.body, "本周报价次数已用完"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE supplier_id = ?", supplier.id), 5);
}

TEST(MarketQuote, WeeklyQuotaHoldsUnderParallelRequests) {
  auto buyer = member("并发配额采购商");
  long long supplier_id = testenv::make_user("并发配额供应商");
  long long pid = publish(buyer, 10);
  std::atomic<int> ok{0}, limited{0};
  std::vector<std::thread> ts;
  for (int i = 1; i <= 10; ++i)
    ts.emplace_back([&, i] {
      Member s{supplier_id, std::make_unique<Http>(), ""};
      s.csrf = testenv::login_as(*s.http, supplier_id);
      auto r = quote(s, item_of(pid, i));
      if (r.status == 303) ++ok;
      if (r.status == 429) ++limited;
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(ok.load(), 5);
  EXPECT_EQ(limited.load(), 5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE supplier_id = ?", supplier_id), 5);
}

TEST(MarketQuote, TwentySuppliersQuotingOneItemInParallelAllLand) {
  auto buyer = member("热门采购商");
  long long item = item_of(publish(buyer));
  std::vector<long long> ids;
  for (int i = 0; i < 20; ++i) ids.push_back(testenv::make_user("并发供应商" + std::to_string(i)));
  std::atomic<int> ok{0};
  std::vector<std::thread> ts;
  for (int i = 0; i < 20; ++i)
    ts.emplace_back([&, i] {
      Member s{ids[i], std::make_unique<Http>(), ""};
      s.csrf = testenv::login_as(*s.http, ids[i]);
      if (quote(s, item, std::to_string(30 + i)).status == 303) ++ok;
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(ok.load(), 20);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 20);
  EXPECT_EQ(count("SELECT quote_count FROM purchase_item WHERE id = ?", item), 20);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM notification n JOIN purchase p ON p.buyer_id = n.user_id"
            " WHERE n.type = 2 AND p.id = (SELECT purchase_id FROM purchase_item WHERE id = ?)",
            item),
      20);
}

TEST(MarketReply, OnlyTheBuyerMayReplyAndNothingChangesOtherwise) {
  auto buyer = member("真采购商");
  auto other = member("冒充者");
  auto supplier = member("等待供应商");
  long long item = item_of(publish(buyer));
  long long q = quote_id(quote(supplier, item));
  for (Member* m : {&other, &supplier}) {
    auto r = m->c().post("/quote/" + std::to_string(q) + "/reply",
                         {{"csrf_token", m->csrf}, {"state", "accept"}});
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(m->c().get("/quote/" + std::to_string(q)).status, m == &supplier ? 200 : 404);
  }
  // A batch that mixes the buyer's own quote with someone else's changes nothing at all.
  auto buyer2 = member("另一采购商");
  auto supplier2 = member("另一供应商");
  long long q2 = quote_id(quote(supplier2, item_of(publish(buyer2))));
  auto batch = buyer.c().post("/quotes/reply", {{"csrf_token", buyer.csrf},
                                                {"ids", std::to_string(q)},
                                                {"ids", std::to_string(q2)},
                                                {"state", "accept"}});
  EXPECT_EQ(batch.status, 404);
  EXPECT_EQ(count("SELECT state FROM quote WHERE id = ?", q), 0);
  EXPECT_EQ(count("SELECT state FROM quote WHERE id = ?", q2), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND type = 1", supplier.id),
            0);
}

TEST(MarketReply, BatchReplyRejectsManyWithReasons) {
  auto buyer = member("批量采购商");
  auto s1 = member("批量供应商一");
  auto s2 = member("批量供应商二");
  long long item = item_of(publish(buyer));
  long long q1 = quote_id(quote(s1, item)), q2 = quote_id(quote(s2, item));
  auto r = buyer.c().post("/quotes/reply", {{"csrf_token", buyer.csrf},
                                            {"ids", std::to_string(q1)},
                                            {"ids", std::to_string(q2)},
                                            {"state", "reject"},
                                            {"reasons", "price"},
                                            {"reasons", "qualification"},
                                            {"message", "下次再合作"}});
  EXPECT_EQ(r.status, 303);
  auto row = sql().query("SELECT state, reasons FROM quote WHERE id = ?", q2).one();
  EXPECT_EQ(row.i64(0), 2);
  EXPECT_EQ(row.str(1), "price,qualification");
  auto page = s1.c().get("/quote/" + std::to_string(q1));
  EXPECT_TRUE(has(page.body, "价格偏高、资质不符"));
  EXPECT_TRUE(has(page.body, "下次再合作"));
}

TEST(MarketPhones, BuyerSeesQuoterPhonesAcceptedSupplierSeesBuyerPhone) {
  auto buyer = member("电话采购商");
  auto accepted = member("被认可供应商");
  auto rejected = member("被拒供应商");
  auto visitor = member("路人");
  std::string buyer_phone =
      sql().query("SELECT phone FROM user WHERE id = ?", buyer.id).one().str(0);
  std::string sup_phone =
      sql().query("SELECT phone FROM user WHERE id = ?", accepted.id).one().str(0);
  long long item = item_of(publish(buyer));
  std::string url = "/item/" + std::to_string(item);
  long long qa = quote_id(quote(accepted, item, "41.20"));
  long long qr = quote_id(quote(rejected, item, "39.80"));

  auto as_buyer = buyer.c().get(url);
  EXPECT_TRUE(has(as_buyer.body, sup_phone));
  EXPECT_TRUE(has(as_buyer.body, "41.2"));
  for (Member* m : {&visitor, &rejected}) {
    auto b = m->c().get(url).body;
    EXPECT_FALSE(has(b, sup_phone));
    EXPECT_FALSE(has(b, "41.2")) << "no other supplier's price in public";
    EXPECT_TRUE(has(b, "被认可供应商")) << "who quoted is public";
  }
  auto anon = Http().get(url).body;
  EXPECT_FALSE(has(anon, sup_phone));
  EXPECT_FALSE(has(anon, buyer_phone));
  EXPECT_FALSE(has(accepted.c().get(url).body, buyer_phone)) << "not before acceptance";

  buyer.c().post("/quote/" + std::to_string(qa) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "accept"}});
  buyer.c().post("/quote/" + std::to_string(qr) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "reject"}, {"reasons", "quality"}});
  EXPECT_TRUE(has(accepted.c().get(url).body, buyer_phone));
  EXPECT_TRUE(has(accepted.c().get("/quote/" + std::to_string(qa)).body, buyer_phone));
  EXPECT_FALSE(has(rejected.c().get(url).body, buyer_phone));
  EXPECT_FALSE(has(rejected.c().get("/quote/" + std::to_string(qr)).body, buyer_phone));
  EXPECT_FALSE(has(visitor.c().get(url).body, buyer_phone));
}

TEST(MarketPrices, LowestPriceMarkedNumerically) {
  auto buyer = member("比价采购商");
  auto a = member("贵供应商");
  auto b = member("便宜供应商");
  long long item = item_of(publish(buyer));
  quote_id(quote(a, item, "10.00"));
  long long cheap = quote_id(quote(b, item, "9.5"));
  auto page = buyer.c().get("/quote/" + std::to_string(cheap));
  EXPECT_TRUE(has(page.body, "最低价"));
  EXPECT_TRUE(has(page.body, "¥9.5/公斤")) << "quantity in 吨, price per 公斤";
  auto item_page = buyer.c().get("/item/" + std::to_string(item)).body;
  auto mark = item_page.find("最低价</span>");
  ASSERT_NE(mark, std::string::npos);
  EXPECT_LT(item_page.rfind("9.5", mark), mark);
  EXPECT_EQ(item_page.find("最低价</span>", mark + 1), std::string::npos) << "one lowest only";
}

TEST(MarketNotifications, QuoteAndReplyNotifyTypes2And1WithUnreadBadge) {
  auto buyer = member("通知采购商");
  auto supplier = member("通知供应商");
  long long item = item_of(publish(buyer));
  long long q = quote_id(quote(supplier, item));
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND type = 2 AND is_read = 0",
            buyer.id),
      1);
  auto home = buyer.c().get("/purchases");
  EXPECT_TRUE(has(home.body, "通知 <span class=\"badge bg-danger\">1</span>"));
  auto list = buyer.c().get("/my/notifications");
  EXPECT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "收到新报价"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND is_read = 0", buyer.id),
            0);
  EXPECT_FALSE(has(buyer.c().get("/purchases").body, "通知 <span class=\"badge"));

  buyer.c().post("/quote/" + std::to_string(q) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "accept"}});
  EXPECT_EQ(count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND type = 1", supplier.id),
            1);
  EXPECT_TRUE(
      has(supplier.c().get("/my/quotes").body, "通知 <span class=\"badge bg-danger\">1</span>"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM followed_variety f JOIN variety v ON v.id = f.variety_id"
                  " WHERE f.user_id = ? AND v.name = '黄芪'",
                  supplier.id),
            1)
      << "quoting follows the variety";
}

TEST(MarketText, MultiLineTextKeepsBreaksAndIsEscaped) {
  auto buyer = member("文本采购商");
  auto supplier = member("文本供应商");
  long long pid = publish(buyer, 1, {{"remark", "<script>alert(1)</script>\n第二行"}});
  auto page = Http().get("/purchase/" + std::to_string(pid)).body;
  EXPECT_FALSE(has(page, "<script>alert(1)"));
  EXPECT_TRUE(has(page, "pre-line\">&lt;script&gt;alert(1)&lt;/script&gt;\n第二行"));
  long long q = quote_id(quote(supplier, item_of(pid), "20", "第一行<b>\n第二行"));
  auto qp = buyer.c().get("/quote/" + std::to_string(q)).body;
  EXPECT_TRUE(has(qp, "pre-line\">第一行&lt;b&gt;\n第二行"));
}

TEST(MarketPurchase, ClosingLastOpenItemClosesTheOrder) {
  auto buyer = member("逐个关闭采购商");
  long long pid = publish(buyer, 2);
  for (int pos : {1, 2}) {
    auto r = buyer.c().post("/item/" + std::to_string(item_of(pid, pos)) + "/close",
                            {{"csrf_token", buyer.csrf}});
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(count("SELECT status FROM purchase WHERE id = ?", pid), pos == 1 ? 1 : 0);
  }
  auto mine = buyer.c().get("/my/purchases?tab=closed");
  EXPECT_TRUE(has(mine.body, "采购单 #" + std::to_string(pid)));
}

TEST(MarketPurchase, OnlyTheBuyerClosesOrMarksSuccess) {
  auto buyer = member("主人采购商");
  auto other = member("别人");
  long long pid = publish(buyer, 2);
  std::string p = "/purchase/" + std::to_string(pid);
  EXPECT_EQ(other.c().post(p + "/close", {{"csrf_token", other.csrf}}).status, 404);
  EXPECT_EQ(other.c().post(p + "/success", {{"csrf_token", other.csrf}}).status, 404);
  EXPECT_EQ(
      other.c()
          .post("/item/" + std::to_string(item_of(pid)) + "/close", {{"csrf_token", other.csrf}})
          .status,
      404);
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase_item WHERE purchase_id = ? AND status = 1", pid),
            2);
  EXPECT_EQ(buyer.c().post(p + "/success", {{"csrf_token", buyer.csrf}}).status, 303);
  EXPECT_EQ(count("SELECT status FROM purchase WHERE id = ?", pid), 3);
  EXPECT_TRUE(has(Http().get("/item/" + std::to_string(item_of(pid))).body, "采购成功"));
}

TEST(MarketMy, PurchaseTabsShowCounts) {
  auto buyer = member("标签采购商");
  publish(buyer);
  long long ended = publish(buyer);
  long long closed = publish(buyer);
  sql().query("UPDATE purchase SET deadline = NOW() - INTERVAL 1 DAY WHERE id = ?", ended);
  buyer.c().post("/purchase/" + std::to_string(closed) + "/close", {{"csrf_token", buyer.csrf}});
  auto page = buyer.c().get("/my/purchases").body;
  EXPECT_TRUE(has(page, "全部 <span class=\"badge bg-secondary tab-count\">3</span>"));
  EXPECT_TRUE(has(page, "进行中 <span class=\"badge bg-secondary tab-count\">1</span>"));
  EXPECT_TRUE(has(page, "已结束 <span class=\"badge bg-secondary tab-count\">1</span>"));
  EXPECT_TRUE(has(page, "关闭 <span class=\"badge bg-secondary tab-count\">1</span>"));
}

TEST(MarketLists, HomeAndPurchaseHallShowOpenItemsWithFilters) {
  auto buyer = member("列表采购商");
  long long pid = publish(buyer, 1, {});
  long long item = item_of(pid);
  auto home = Http().get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_TRUE(has(home.body, "批次采购，收到"));
  EXPECT_TRUE(has(home.body, "/item/" + std::to_string(item) + "\""));
  std::string link = "/item/" + std::to_string(item) + "\"";
  EXPECT_TRUE(
      has(Http().get("/purchases?q=%E9%BB%84%E8%8A%AA&province=130000&status=1").body, link));
  EXPECT_TRUE(has(Http().get("/purchases?q=%E5%8C%97%E8%8A%AA").body, link)) << "alias 北芪";
  EXPECT_FALSE(has(Http().get("/purchases?q=%E9%BB%84%E8%8A%AA&province=110000").body, link));
  EXPECT_FALSE(has(Http().get("/purchases?q=%E9%BB%84%E8%8A%AA&status=0").body, link));
  EXPECT_EQ(Http().get("/purchases?page=abc").status, 200);
}

TEST(MarketLookup, VarietySuggestMatchesNamesAndAliasesAndAreasCascade) {
  Http c;
  auto j = c.get("/varieties/suggest.json?q=%E6%9E%B8%E6%9D%9E%E5%AD%90").json();  // 枸杞子
  ASSERT_TRUE(j["ok"]);
  ASSERT_FALSE(j["varieties"].empty());
  EXPECT_EQ(j["varieties"][0]["name"], "枸杞");
  EXPECT_EQ(j["varieties"][0]["units"][0], "公斤");
  auto by_initials = c.get("/varieties/suggest.json?q=hq").json();
  EXPECT_FALSE(by_initials["varieties"].empty());
  auto prov = c.get("/areas/children.json").json();
  EXPECT_EQ(prov["areas"].size(), 31u);
  auto hebei = c.get("/areas/children.json?parent=130000").json();
  EXPECT_EQ(hebei["areas"][0]["name"], "石家庄市");
  EXPECT_EQ(c.get("/areas/children.json?parent=x1").status, 400);
}

TEST(MarketSuppliers, DirectoryListsQuotersVerifiedFirstWithoutPhones) {
  auto buyer = member("目录采购商");
  auto s = member("目录供应商");
  sql().query("UPDATE user SET verified = 1 WHERE id = ?", s.id);
  quote_id(quote(s, item_of(publish(buyer))));
  auto list = Http().get("/suppliers");
  EXPECT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "/supplier/" + std::to_string(s.id)));
  auto profile = Http().get("/supplier/" + std::to_string(s.id));
  EXPECT_EQ(profile.status, 200);
  EXPECT_TRUE(has(profile.body, "黄芪"));
  std::string phone = sql().query("SELECT phone FROM user WHERE id = ?", s.id).one().str(0);
  EXPECT_FALSE(has(profile.body, phone));
  EXPECT_EQ(Http().get("/supplier/999999999").status, 404);
}

TEST(MarketPurchase, EditingAnOrderKeepsItsQuotes) {
  auto buyer = member("修改采购商");
  auto supplier = member("修改前报价供应商");
  long long pid = publish(buyer, 2);
  long long item = item_of(pid);
  long long q = quote_id(quote(supplier, item));
  std::string url = "/purchase/" + std::to_string(pid) + "/edit";
  auto form = buyer.c().get(url);
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "value=\"黄芪\""));
  Fields f{{"csrf_token", buyer.csrf},
           {"area", "130102"},
           {"window", "15"},
           {"remark", "改过了"},
           {"items[0][variety]", "黄芪"},
           {"items[0][quantity]", "3"},
           {"items[0][unit]", "吨"},
           {"items[1][variety]", "党参"},
           {"items[1][quantity]", "2"},
           {"items[2][variety]", "当归"},
           {"items[2][quantity]", "1"}};
  auto r = buyer.c().post(url, f);
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 2000);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM quote WHERE id = ? AND item_id = " + std::to_string(item), q), 1);
  EXPECT_EQ(sql().query("SELECT quantity FROM purchase_item WHERE id = ?", item).one().str(0),
            "3.00");
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase_item WHERE purchase_id = ?", pid), 3);
  EXPECT_EQ(count("SELECT window_days FROM purchase WHERE id = ?", pid), 15);

  // A quoted item keeps its variety; a published item cannot be dropped.
  f[4].second = "甘草";
  auto swap = buyer.c().post(url, f);
  EXPECT_EQ(swap.status, 400);
  EXPECT_TRUE(has(swap.body, "该品种已有报价，不能更换品种"));
  Fields dropped{{"csrf_token", buyer.csrf},
                 {"area", "130102"},
                 {"window", "15"},
                 {"items[0][variety]", "黄芪"},
                 {"items[0][quantity]", "3"}};
  EXPECT_EQ(buyer.c().post(url, dropped).status, 400);
  EXPECT_EQ(count("SELECT COUNT(*) FROM purchase_item WHERE purchase_id = ?", pid), 3);

  auto other = member("想改别人单的人");
  EXPECT_EQ(other.c().get(url).status, 404);
  EXPECT_EQ(other.c()
                .post(url, {{"csrf_token", other.csrf},
                            {"pickup", "1"},
                            {"items[0][variety]", "黄芪"},
                            {"items[0][quantity]", "1"}})
                .status,
            404);
}

TEST(MarketLists, CachedListPagesShowChangesOnTheNextRequest) {
  auto buyer = member("缓存采购商");
  auto supplier = member("缓存供应商");
  Http anon;
  anon.get("/");
  anon.get("/purchases?status=1");
  long long pid = publish(buyer);
  long long item = item_of(pid);
  std::string link = "/item/" + std::to_string(item) + "\"";
  EXPECT_TRUE(has(anon.get("/").body, link)) << "publishing shows at once";
  EXPECT_TRUE(has(anon.get("/purchases?status=1").body, link));
  auto before = anon.get("/").body;
  quote_id(quote(supplier, item));
  auto after = anon.get("/").body;
  EXPECT_NE(before, after) << "a quote changes the totals and the count";
  buyer.c().post("/item/" + std::to_string(item) + "/close", {{"csrf_token", buyer.csrf}});
  EXPECT_FALSE(has(anon.get("/").body, link)) << "closing removes it from the feed at once";
  EXPECT_FALSE(has(anon.get("/purchases?status=1").body, link));
  EXPECT_TRUE(anon.cookie("yc_sid").empty());
}

// Page copies under load: while others publish and anonymous visitors keep reading (and so
// keep writing copies), each publisher's very next anonymous request shows its order.
TEST(MarketLists, PublishingShowsOnTheNextRequestWhileOthersPublishAndRead) {
  std::atomic<bool> done{false};
  std::thread reader([&] {
    Http anon;
    while (!done) anon.get("/purchases");
  });
  std::atomic<int> shown{0}, missing{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 6; ++t)
    ts.emplace_back([&, t] {
      auto buyer = member("并发发布" + std::to_string(t));
      Http anon;
      for (int i = 0; i < 3; ++i) {
        long long item = item_of(publish(buyer));
        bool seen = has(anon.get("/purchases").body, "/item/" + std::to_string(item) + "\"");
        ++(seen ? shown : missing);
      }
    });
  for (auto& t : ts) t.join();
  done = true;
  reader.join();
  EXPECT_EQ(shown.load(), 18);
  EXPECT_EQ(missing.load(), 0);
}

TEST(MarketReply, JsonBatchReplyWithCsrfHeader) {
  auto buyer = member("接口采购商");
  auto s1 = member("接口供应商一");
  auto s2 = member("接口供应商二");
  long long item = item_of(publish(buyer));
  auto j = s1.c().post_json("/item/" + std::to_string(item) + "/quote",
                            {{"price", "21.5"}, {"quality", "统货"}}, {"X-CSRF-Token: " + s1.csrf});
  EXPECT_EQ(j.status, 200) << j.body;
  long long q1 = j.json()["id"];
  long long q2 = quote_id(quote(s2, item));
  auto r = buyer.c().post_json("/quotes/reply",
                               {{"ids", {q1, q2}}, {"state", "reject"}, {"reasons", {"质量不符"}}},
                               {"X-CSRF-Token: " + buyer.csrf});
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["replied"], 2);
  EXPECT_EQ(sql().query("SELECT reasons FROM quote WHERE id = ?", q1).one().str(0), "quality");
  auto bad = buyer.c().post_json("/quotes/reply", {{"ids", {q1}}, {"state", "accept"}},
                                 {"X-CSRF-Token: " + buyer.csrf});
  EXPECT_EQ(bad.status, 409);
  EXPECT_EQ(bad.json()["error"], "replied");
}

TEST(MarketInput, AbsurdIdsAndValuesAreClean4xx) {
  auto supplier = member("乱填供应商");
  EXPECT_EQ(Http().get("/item/123456789012345678901234").status, 404);
  EXPECT_EQ(Http().get("/purchase/0").status, 404);
  EXPECT_EQ(Http().get("/purchase/999999999/qr.png").status, 404);
  auto buyer = member("乱填采购商");
  long long item = item_of(publish(buyer));
  for (const char* price : {"-1", "1e9", "abc", "99999999999", "0.001"}) {
    auto r = quote(supplier, item, price);
    EXPECT_EQ(r.status, 400) << price;
    EXPECT_TRUE(has(r.body, "报价须为大于0的数字")) << price;
    EXPECT_TRUE(has(r.body, std::string("value=\"") + price + "\"")) << "the value is kept";
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ?", item), 0);
  EXPECT_EQ(count("SELECT COALESCE(SUM(used), 0) FROM quote_quota WHERE user_id = ?", supplier.id),
            0);
  auto r = supplier.c().post(
      "/quotes/reply", {{"csrf_token", supplier.csrf}, {"ids", "1;DROP"}, {"state", "accept"}});
  EXPECT_EQ(r.status, 400);
}

TEST(MarketReply, RepliesAndNewQuotesInParallelNeverFail) {
  auto buyer = member("并发回复采购商");
  long long pid = publish(buyer, 2);
  long long item = item_of(pid);
  std::vector<long long> first, second;
  for (int i = 0; i < 8; ++i) {
    first.push_back(testenv::make_user("先报价供应商" + std::to_string(i)));
    second.push_back(testenv::make_user("后报价供应商" + std::to_string(i)));
  }
  std::vector<long long> quotes;
  for (long long s : first) {
    Member m{s, std::make_unique<Http>(), ""};
    m.csrf = testenv::login_as(*m.http, s);
    quotes.push_back(quote_id(quote(m, item)));
  }
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> ts;
  for (int i = 0; i < 8; ++i) {
    ts.emplace_back([&, i] {
      Member b{buyer.id, std::make_unique<Http>(), ""};
      b.csrf = testenv::login_as(*b.http, buyer.id);
      auto r = b.c().post(
          "/quote/" + std::to_string(quotes[i]) + "/reply",
          {{"csrf_token", b.csrf}, {"state", i % 2 ? "accept" : "reject"}, {"reasons", "price"}});
      (r.status == 303 ? ok : failed)++;
    });
    ts.emplace_back([&, i] {
      Member s{second[i], std::make_unique<Http>(), ""};
      s.csrf = testenv::login_as(*s.http, second[i]);
      auto r = quote(s, item_of(pid, 1 + i % 2));
      (r.status == 303 ? ok : failed)++;
    });
  }
  for (auto& t : ts) t.join();
  EXPECT_EQ(ok.load(), 16);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM quote WHERE item_id = ? AND state <> 0", item), 8);
}

TEST(MarketItem, EveryViewCountsOnTheItemPage) {
  auto buyer = member("浏览计数采购商");
  long long item = item_of(publish(buyer));
  std::string url = "/item/" + std::to_string(item);
  Http anon;
  for (int i = 1; i <= 3; ++i)
    EXPECT_TRUE(has(anon.get(url).body, "浏览 " + std::to_string(i) + " 次")) << "view " << i;
}

TEST(MarketItem, BuyerStatisticsFollowQuotesAndReplies) {
  auto buyer = member("统计采购商");
  auto supplier = member("统计供应商");
  long long item = item_of(publish(buyer, 2));
  std::string url = "/item/" + std::to_string(item);
  Http anon;
  EXPECT_TRUE(has(anon.get(url).body, "已发布 2 个品种 · 回复率 0%"));
  long long q = quote_id(quote(supplier, item));
  EXPECT_TRUE(has(anon.get(url).body, "回复率 0% · 已认可 0 个品种"));
  buyer.c().post("/quote/" + std::to_string(q) + "/reply",
                 {{"csrf_token", buyer.csrf}, {"state", "accept"}});
  EXPECT_TRUE(has(anon.get(url).body, "回复率 100% · 已认可 1 个品种")) << "shown at once";
}
