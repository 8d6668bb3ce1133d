// Imports of spec §2 in lib/push: supplier leads merged by mobile with their variety lists and
// bad numbers refused by line; buy-leads de-duplicated by mobile + variety inside the 3-day
// window and not outside it, skipped by source id, and turned into 常年采购 orders with the
// buyer found or created by phone; an unresolvable variety stays staged with its reason.
#include <gtest/gtest.h>

#include "push/leads.h"
#include "tests/support/stack.h"

class PushLeads : public testenv::DbTest {
 protected:
  static std::vector<push::LeadRow> rows(const std::string& text) { return push::lead_rows(text); }
  long long count(const std::string& sql, const std::string& arg) {
    return db().query(sql, arg).one().i64(0);
  }
};

TEST_F(PushLeads, SupplierLeadsAreMergedByMobile) {
  std::string m = testenv::unique_phone();
  auto rep =
      push::import_supplier_leads(db(),
                                  rows("手机,姓名,公司,经营品种\n" + m + ",张三,,党参、黄芪\n" + m +
                                       ",,张记药材,黄芪/当归\n12345,李四,,党参\n"),
                                  "file");
  EXPECT_EQ(rep.inserted, 1);
  EXPECT_EQ(rep.merged, 1);
  ASSERT_EQ(rep.errors.size(), 1u);
  EXPECT_EQ(rep.errors[0].line, 4) << "the header is line 1";
  auto lead =
      db().query("SELECT id, name, company, varieties FROM supplier_lead WHERE mobile = ?", m)
          .one();
  EXPECT_EQ(lead.str(1), "张三") << "an empty field keeps the value";
  EXPECT_EQ(lead.str(2), "张记药材");
  EXPECT_EQ(lead.str(3), "党参、黄芪、当归");
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM supplier_lead_variety WHERE lead_id = ?", lead.i64(0))
                .one()
                .i64(0),
            3);
}

TEST_F(PushLeads, BuyLeadsDeduplicatedWithinThreeDaysOnly) {
  std::string m = testenv::unique_phone();
  auto rep = push::import_buy_leads(
      db(),
      rows("手机,品种,数量,日期\n" + m + ",党参,5吨,2026-12-01\n" + m + ",党参,3吨,2026-12-03\n" +
           m + ",党参,3吨,2026-12-04\n" + m + ",黄芪,1吨,2026-12-03\n"),
      "file", "2026-12-05");
  EXPECT_EQ(rep.inserted, 3);
  EXPECT_EQ(rep.duplicates, 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM buy_lead WHERE mobile = ? AND state = 'duplicate' AND "
                  "lead_date = '2026-12-03' AND variety_text = '党参'",
                  m),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM buy_lead WHERE mobile = ? AND state = 'staged'", m), 3)
      << "3 days after the first is outside the window; another variety is not a duplicate";
}

TEST_F(PushLeads, ApiRowsAreSkippedBySourceIdAndJsonLinesWork) {
  std::string m = testenv::unique_phone();
  std::string file = "{\"id\":\"a-1\",\"mobile\":\"" + m +
                     "\",\"variety\":\"当归\",\"quantity\":\"200公斤\"}\n"
                     "{\"id\":\"a-2\",\"mobile\":\"bad\",\"variety\":\"当归\"}\n";
  auto first = push::import_buy_leads(db(), rows(file), "api-x", "2026-12-05");
  EXPECT_EQ(first.inserted, 1);
  ASSERT_EQ(first.errors.size(), 1u);
  EXPECT_EQ(first.errors[0].line, 2);
  auto again = push::import_buy_leads(db(), rows(file), "api-x", "2026-12-05");
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.skipped, 1);
}

TEST_F(PushLeads, StagedLeadsBecomeStandingOrdersOrStayWithTheReason) {
  std::string fresh = testenv::unique_phone(), known = testenv::unique_phone(),
              odd = testenv::unique_phone();
  push::convert_buy_leads(db(), "2026-12-05 09:00:00");  // earlier tests' staged leads
  long long member = static_cast<long long>(
      db().query("INSERT INTO user (phone, name) VALUES (?, '老会员')", known).insert_id);
  push::import_buy_leads(db(),
                         rows("手机,姓名,品种,规格,数量\n" + fresh + ",王五,枸杞子,统货,5吨\n" +
                              known + ",,甘草,,300公斤\n" + odd + ",,不存在的药,,1吨\n"),
                         "file", "2026-12-05");
  auto c = push::convert_buy_leads(db(), "2026-12-05 10:00:00");
  EXPECT_EQ(c.converted, 2);
  EXPECT_EQ(c.staged, 1);
  auto order = db().query(
                       "SELECT p.window_days, p.deadline IS NULL, i.variety_name, i.quantity, "
                       "i.unit, u.name FROM buy_lead b JOIN purchase p ON p.id = b.order_id "
                       "JOIN purchase_item i ON i.purchase_id = p.id JOIN user u ON "
                       "u.id = p.buyer_id WHERE b.mobile = ?",
                       fresh)
                   .one();
  EXPECT_EQ(order.i64(0), 0) << "常年采购";
  EXPECT_EQ(order.i64(1), 1);
  EXPECT_EQ(order.str(2), "枸杞") << "resolved by alias";
  EXPECT_EQ(order.str(3), "5.00");
  EXPECT_EQ(order.str(4), "吨");
  EXPECT_EQ(order.str(5), "王五") << "a buyer account was created for the phone";
  EXPECT_EQ(db().query("SELECT p.buyer_id FROM buy_lead b JOIN purchase p ON p.id = b.order_id "
                       "WHERE b.mobile = ?",
                       known)
                .one()
                .i64(0),
            member);
  auto left = db().query("SELECT state, reason FROM buy_lead WHERE mobile = ?", odd).one();
  EXPECT_EQ(left.str(0), "staged");
  EXPECT_EQ(left.str(1), "品种无法识别：不存在的药");
  EXPECT_EQ(push::convert_buy_leads(db(), "2026-12-05 11:00:00").converted, 0)
      << "a rerun converts nothing twice";
}

TEST(PushLeadQuantity, ReadsNumberAndUnit) {
  std::string q, u;
  EXPECT_TRUE(push::parse_quantity("5吨", q, u));
  EXPECT_EQ(q + u, "5吨");
  EXPECT_TRUE(push::parse_quantity("2.5 公斤", q, u));
  EXPECT_EQ(q + u, "2.5公斤");
  EXPECT_TRUE(push::parse_quantity("800", q, u));
  EXPECT_EQ(u, "公斤");
  EXPECT_FALSE(push::parse_quantity("若干", q, u));
  EXPECT_FALSE(push::parse_quantity("3箱", q, u));
}
