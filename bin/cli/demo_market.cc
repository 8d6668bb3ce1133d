// Demo marketplace data: orders from the demo buyer and a few members, quotes from the demo
// supplier and others, some of them answered. Runs once: skipped when the buyer has orders.
#include <array>
#include <iostream>
#include <stdexcept>

#include "bin/cli/command.h"
#include "core/clock.h"
#include "market/clock.h"
#include "market/lists_changed.h"
#include "market/purchase.h"
#include "market/quote.h"

namespace cli {

namespace {

struct Member {
  const char* phone;
  const char* username;
  const char* name;
  int type;
};
const Member kMembers[] = {
    {"13800000011", "kangmei", "康美药材经营公司", 3},
    {"13800000012", "tongren", "同仁中药饮片厂", 1},
    {"13800000013", "gansu_coop", "岷县当归种植合作社", 5},
    {"13800000014", "bozhou_li", "亳州李氏药材行", 4},
};

long long id_of(db::Connection& db, const std::string& username) {
  auto r = db.query("SELECT id FROM user WHERE username = ?", username);
  return r.empty() ? 0 : r.one().i64(0);
}

long long order(db::Connection& db, long long buyer, const std::string& now, const char* window,
                std::vector<std::array<const char*, 5>> items, const char* remark) {
  market::PurchaseDraft d;
  d.area = "341602";  // 亳州市谯城区
  d.invoice = "1";
  d.payment = "2";
  d.payment_days = "30";
  d.window = window;
  d.remark = remark;
  d.acceptance = "按2020版药典标准验收\n编织袋包装，每袋50公斤";
  d.qualifications = {"license", "gsp"};
  for (const auto& [variety, spec, qty, unit, price] : items) {
    market::ItemDraft it;
    it.variety = variety;
    it.spec = spec;
    it.quantity = qty;
    it.unit = unit;
    it.price = price;
    it.quality = "硫不超标，无虫蛀，无霉";
    d.items.push_back(it);
  }
  auto errors = market::validate(db, d);
  if (!errors.empty()) throw std::runtime_error("demo order invalid: " + errors.begin()->second);
  return market::publish(db, buyer, d, now);
}

long long first_item(db::Connection& db, long long purchase, int position = 1) {
  return db
      .query("SELECT id FROM purchase_item WHERE purchase_id = ? AND position = ?", purchase,
             position)
      .one()
      .i64(0);
}

}  // namespace

void demo_market() {
  auto& db = db::local();
  for (const auto& m : kMembers) demo_account(m.phone, m.username, m.name, "", m.type);
  long long buyer = id_of(db, "buyer"), supplier = id_of(db, "supplier");
  if (!buyer || !supplier) return;
  if (!db.query("SELECT id FROM purchase WHERE buyer_id = ? LIMIT 1", buyer).empty()) return;
  long long kangmei = id_of(db, "kangmei"), tongren = id_of(db, "tongren"),
            coop = id_of(db, "gansu_coop"), li = id_of(db, "bozhou_li");
  db.query("UPDATE user SET verified = 1 WHERE id IN (?, ?)", supplier, coop);

  std::string now = market::datetime_of(core::now());
  // Quotes use no weekly quota here: demo data is not a member's week.
  const int unlimited = 1000;
  long long p1 = order(db, buyer, now, "7",
                       {{"黄芪", "统货", "2", "吨", "28"},
                        {"党参", "选货", "500", "公斤", ""},
                        {"当归", "全归", "1", "吨", "45"}},
                       "长期合作，质量稳定者优先\n可先寄样");
  long long p2 = order(db, tongren, now, "15",
                       {{"枸杞", "280粒", "3", "吨", ""}, {"金银花", "统货", "200", "公斤", "180"}},
                       "需要质检报告");
  long long p3 = order(db, kangmei, now, "0", {{"三七", "30头", "100", "公斤", ""}}, "常年采购");
  long long p4 = order(db, buyer, now, "3", {{"甘草", "片", "800", "公斤", "16"}}, "");

  auto q = [&](long long who, long long item, const char* price, const char* desc) {
    return market::submit_quote(db, who, item, {price, desc, "含税含运费"}, now, unlimited);
  };
  long long q1 =
      q(supplier, first_item(db, p1, 1), "26.5", "甘肃陇西统货，含水量12%以下\n可提供质检报告");
  long long q2 = q(coop, first_item(db, p1, 1), "27", "岷县产地直供，无硫");
  q(li, first_item(db, p1, 1), "29.8", "亳州库存货");
  long long q4 = q(coop, first_item(db, p1, 3), "43", "岷县全归，油性足");
  q(supplier, first_item(db, p1, 2), "38", "潞党参选货");
  q(supplier, first_item(db, p2, 1), "52", "宁夏中宁280粒");
  q(li, first_item(db, p2, 2), "176", "山东平邑青花");
  q(supplier, first_item(db, p3), "118", "文山30头");
  q(kangmei, first_item(db, p4), "15.5", "内蒙古甘草片");
  market::reply(db, buyer, {q1, q4}, {"accept", {}, "请寄样到亳州"}, now);
  market::reply(db, buyer, {q2}, {"reject", {"price"}, "价格再低一些可以考虑"}, now);
  market::mark_success(db, buyer, p4);
  market::lists_changed();
  std::cout << "Demo marketplace: 4 orders, 9 quotes, 3 replies\n";
}

}  // namespace cli
