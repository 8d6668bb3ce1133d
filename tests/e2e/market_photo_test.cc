// Photos in the marketplace: one optional photo per purchase item, quote photos in labelled
// slots (手捧照, 细节照, 混货照, 质检报告, 其它); a bad picture creates nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "db/connection.h"
#include "tests/support/http.h"
#include "tests/support/market.h"
#include "tests/support/member.h"
#include "tests/support/pictures.h"
#include "tests/support/session.h"
#include "tests/support/stack.h"

using testenv::Fields;
using testenv::FilePart;
using testenv::Http;
using testenv::Member;
using testenv::member;

namespace {

db::Connection& sql() { return db::local(); }

// Two items, and a remark to find again on a refused form.
Fields order(const std::string& csrf) {
  auto f = testenv::market_steps::order_form(csrf, 2);
  f.emplace_back("remark", "照片测试单");
  return f;
}

// Publishes order() with `photo` attached; the order's id, 0 when refused.
long long publish_with(Member& buyer, const FilePart& photo) {
  auto r = buyer.http->post_multipart("/purchase/new", order(buyer.csrf), {photo});
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 3000);
  return r.status == 303 ? std::stoll(r.header("location").substr(10)) : 0;
}

long long buyer_orders(long long buyer) {
  return sql().query("SELECT COUNT(*) FROM purchase WHERE buyer_id = ?", buyer).one().i64(0);
}

}  // namespace

TEST(MarketPhotos, ItemPhotoIsStoredAndShownOnItemPage) {
  auto buyer = member("照片采购商");
  long long pid = publish_with(
      buyer, {"items[1][photo]", "dangshen.jpg", "image/jpeg", testenv::picture("JPEG", 64, 48)});
  ASSERT_NE(pid, 0);
  auto items = sql().query(
      "SELECT id, photo FROM purchase_item WHERE purchase_id = ? ORDER BY position", pid);
  ASSERT_EQ(items.rows.size(), 2u);
  EXPECT_TRUE(items.rows[0].null(1));
  std::string hash = items.rows[1].str(1);
  ASSERT_EQ(hash.size(), 40u);
  auto page = buyer.http->get("/item/" + std::to_string(items.rows[1].i64(0)));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      page.body, m, std::regex("src=\"(/uploads/[^\"]*" + hash + "[^\"]*_detail\\.jpg)\"")))
      << page.body.substr(0, 4000);
  auto img = Http().get(m[1].str());
  EXPECT_EQ(img.status, 200);
  EXPECT_EQ(img.body.substr(0, 3), std::string("\xFF\xD8\xFF"));
  // The item without a photo shows none.
  auto other = buyer.http->get("/item/" + std::to_string(items.rows[0].i64(0)));
  EXPECT_EQ(other.body.find("item-photo"), std::string::npos);
}

TEST(MarketPhotos, BadItemPhotoAnswers400AtItsFieldAndCreatesNoOrder) {
  auto buyer = member("坏照片采购商");
  auto r = buyer.http->post_multipart(
      "/purchase/new", order(buyer.csrf),
      {{"items[0][photo]", "fake.jpg", "image/jpeg", "this is not a picture at all"}});
  EXPECT_EQ(r.status, 400);
  auto at = r.body.find("name=\"items[0][photo]\"");
  ASSERT_NE(at, std::string::npos);
  auto fb = r.body.find("invalid-feedback", at);
  ASSERT_NE(fb, std::string::npos);
  EXPECT_LT(fb - at, 400u);
  EXPECT_NE(r.body.find("照片测试单"), std::string::npos);  // the other fields kept
  EXPECT_EQ(buyer_orders(buyer.id), 0);
}

TEST(MarketPhotos, QuotePhotosLandInTheirSlotsAndTheBuyerSeesThemLabelled) {
  auto buyer = member("报价照片采购商");
  auto supplier = member("报价照片供应商");
  long long item = testenv::market_steps::item_of(testenv::market_steps::publish(buyer, 2));
  auto form = supplier.http->get("/item/" + std::to_string(item) + "/quote");
  for (const char* label : {"手捧照", "细节照", "混货照", "质检报告", "其它"})
    EXPECT_NE(form.body.find(label), std::string::npos) << label;
  EXPECT_NE(form.body.find("name=\"photo6\""), std::string::npos);

  auto q = supplier.http->post_multipart(
      "/item/" + std::to_string(item) + "/quote",
      {{"csrf_token", supplier.csrf}, {"price", "30"}, {"quality", "统货"}},
      {{"photo1", "a.jpg", "image/jpeg", testenv::picture("JPEG", 40, 30)},
       {"photo4", "b.png", "image/png", testenv::picture("PNG", 30, 40)},
       {"photo2", "", "application/octet-stream", ""}});
  ASSERT_EQ(q.status, 303) << q.body.substr(0, 3000);
  long long qid = std::stoll(q.header("location").substr(7));
  auto photos =
      sql().query("SELECT slot, image FROM quote_photo WHERE quote_id = ? ORDER BY slot", qid);
  ASSERT_EQ(photos.rows.size(), 2u);
  EXPECT_EQ(photos.rows[0].i64(0), 1);
  EXPECT_EQ(photos.rows[1].i64(0), 4);

  auto detail = buyer.http->get("/quote/" + std::to_string(qid));
  ASSERT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find(photos.rows[0].str(1) + "_list.jpg"), std::string::npos);
  EXPECT_NE(detail.body.find(photos.rows[1].str(1) + "_detail.jpg"), std::string::npos);
  EXPECT_NE(detail.body.find("alt=\"手捧照\""), std::string::npos);
  EXPECT_NE(detail.body.find("alt=\"质检报告\""), std::string::npos);
  EXPECT_EQ(detail.body.find("alt=\"混货照\""), std::string::npos);
}

TEST(MarketPhotos, BadQuotePhotoAnswers400AtItsSlotAndNoQuoteIsCreated) {
  auto buyer = member("坏报价照片采购商");
  auto supplier = member("坏报价照片供应商");
  long long item = testenv::market_steps::item_of(testenv::market_steps::publish(buyer, 2));
  auto q = supplier.http->post_multipart(
      "/item/" + std::to_string(item) + "/quote",
      {{"csrf_token", supplier.csrf}, {"price", "30"}, {"quality", "统货"}},
      {{"photo1", "a.jpg", "image/jpeg", testenv::picture("JPEG", 40, 30)},
       {"photo3", "x.jpg", "image/jpeg", std::string("\xFF\xD8\xFF\xE0garbage", 11)}});
  EXPECT_EQ(q.status, 400);
  auto at = q.body.find("name=\"photo3\"");
  ASSERT_NE(at, std::string::npos);
  auto fb = q.body.find("invalid-feedback", at);
  ASSERT_NE(fb, std::string::npos);
  EXPECT_LT(fb - at, 400u);
  EXPECT_EQ(sql().query("SELECT COUNT(*) FROM quote WHERE item_id = ?", item).one().i64(0), 0);
  EXPECT_EQ(sql().query("SELECT quote_count FROM purchase_item WHERE id = ?", item).one().i64(0),
            0);
}

TEST(MarketPhotos, EditFormShowsTheStoredPhotoKeepsItAndCanRemoveIt) {
  auto buyer = member("改照片采购商");
  long long pid = publish_with(
      buyer, {"items[0][photo]", "huangqi.png", "image/png", testenv::picture("PNG", 80, 80)});
  ASSERT_NE(pid, 0);
  auto photo = [&] {
    auto row =
        sql().query("SELECT photo FROM purchase_item WHERE purchase_id = ? AND position = 1", pid);
    return row.one().null(0) ? std::string() : row.one().str(0);
  };
  std::string hash = photo();
  ASSERT_EQ(hash.size(), 40u);
  std::string url = "/purchase/" + std::to_string(pid) + "/edit";
  auto form = buyer.http->get(url);
  EXPECT_NE(form.body.find(hash + "_list"), std::string::npos) << "the stored photo is shown";
  EXPECT_NE(form.body.find("name=\"items[0][photo_remove]\""), std::string::npos);
  EXPECT_EQ(form.body.find("name=\"items[1][photo_remove]\""), std::string::npos)
      << "no photo, nothing to remove";

  auto fields = order(buyer.csrf);
  fields.push_back({"items[0][quality]", "无虫蛀"});
  EXPECT_EQ(buyer.http->post(url, fields).status, 303);
  EXPECT_EQ(photo(), hash) << "saving without a new file keeps the photo";

  auto bad = fields;
  bad.push_back({"payment_days", "abc"});
  bad.push_back({"payment", "2"});
  auto again = buyer.http->post(url, bad);
  EXPECT_EQ(again.status, 400);
  EXPECT_NE(again.body.find(hash + "_list"), std::string::npos) << "still shown after an error";

  fields.push_back({"items[0][photo_remove]", "1"});
  EXPECT_EQ(buyer.http->post(url, fields).status, 303);
  EXPECT_EQ(photo(), "") << "removed";
}
