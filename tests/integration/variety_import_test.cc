// Catalogue import over a real database: updates on re-run, row errors by line.
#include "market/variety_import.h"

#include <gtest/gtest.h>

#include "market/catalogue.h"
#include "tests/support/stack.h"

class VarietyImport : public testenv::DbTest {};

TEST_F(VarietyImport, ReRunUpdatesInsteadOfDuplicating) {
  std::string csv =
      "\xEF\xBB\xBF分类,品种,别名,规格,单位,产地\n"
      "根茎类,测试参,测参/试参,统货/片,公斤/吨,甘肃、山西\n"
      "2,\"测试果, 大\",,选货,,\n";
  auto rep = market::import_varieties(db(), market::parse_csv(csv));
  EXPECT_EQ(rep.inserted, 2);
  EXPECT_TRUE(rep.errors.empty());
  auto again = market::import_varieties(
      db(), market::parse_csv("分类,品种,别名,规格,单位,产地\n1,测试参,测参,段,公斤,内蒙古\n"));
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.updated, 1);
  EXPECT_EQ(db().query("SELECT COUNT(*) FROM variety WHERE name = '测试参'").one().i64(0), 1);
  auto v = market::find_variety(db(), "测参");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->specs, std::vector<std::string>{"段"});
  EXPECT_EQ(v->origins, std::vector<std::string>{"内蒙古"});
  EXPECT_FALSE(market::find_variety(db(), "试参")) << "aliases are replaced on update";
  EXPECT_TRUE(market::find_variety(db(), "测试果, 大"));
}

TEST_F(VarietyImport, BadRowsAreReportedByLineAndOthersLand) {
  std::string csv =
      "分类,品种,规格\n"
      "99,坏分类,统货\n"
      "根茎类,,统货\n"
      "\n"
      "矿物类,测试石,统货\n";
  auto rep = market::import_varieties(db(), market::parse_csv(csv));
  EXPECT_EQ(rep.inserted, 1);
  ASSERT_EQ(rep.errors.size(), 2u);
  EXPECT_EQ(rep.errors[0].line, 2);
  EXPECT_EQ(rep.errors[1].line, 3);
  EXPECT_NE(rep.errors[1].message.find("品种名称为空"), std::string::npos);
}

TEST_F(VarietyImport, MissingHeaderColumnIsOneError) {
  auto rep = market::import_varieties(db(), market::parse_csv("名字\n黄芪\n"));
  EXPECT_EQ(rep.inserted, 0);
  ASSERT_EQ(rep.errors.size(), 1u);
  EXPECT_EQ(rep.errors[0].line, 1);
}
