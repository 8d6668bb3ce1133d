// The marketplace through nginx and the real programs (spec §1). Publishing and managing an order:
// the form, its checks, editing, closing.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Fields;
using testenv::Http;
using testenv::Member;
using testenv::member;
using namespace testenv::market_steps;

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
