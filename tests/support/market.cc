#include "tests/support/market.h"

#include <gtest/gtest.h>

namespace testenv::market_steps {

db::Connection& sql() { return db::local(); }

long long count(const std::string& text, long long id) {
  return sql().query(text, id).one().i64(0);
}

namespace {
const char* names[] = {"黄芪", "党参", "当归", "甘草", "白芍", "川芎",
                       "白术", "茯苓", "地黄", "山药", "丹参", "板蓝根"};
}  // namespace

Fields order_form(const std::string& csrf, int items) {
  Fields f{{"csrf_token", csrf},
           {"area", "130102"},
           {"invoice", "1"},
           {"payment", "1"},
           {"window", "7"}};
  for (int i = 0; i < items; ++i) {
    std::string p = "items[" + std::to_string(i) + "]";
    f.insert(f.end(), {{p + "[variety]", names[i % 12]},
                       {p + "[spec]", "统货"},
                       {p + "[quantity]", "2"},
                       {p + "[unit]", "吨"}});
  }
  return f;
}

long long publish(Member& buyer, int items, Fields extra) {
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

long long item_of(long long purchase_id, int position) {
  return sql()
      .query("SELECT id FROM purchase_item WHERE purchase_id = ? AND position = ?", purchase_id,
             position)
      .one()
      .i64(0);
}

HttpResponse quote(Member& s, long long item, const std::string& price,
                   const std::string& quality) {
  return s.c().post(
      "/item/" + std::to_string(item) + "/quote",
      {{"csrf_token", s.csrf}, {"price", price}, {"quality", quality}, {"explain", "含运费"}});
}

long long quote_id(HttpResponse r) {
  auto loc = r.header("location");
  EXPECT_EQ(loc.rfind("/quote/", 0), 0u) << r.status << " " << r.body.substr(0, 2000);
  return loc.size() > 7 ? std::stoll(loc.substr(7)) : 0;
}

bool has(const std::string& body, const std::string& s) {
  return body.find(s) != std::string::npos;
}

}  // namespace testenv::market_steps
