#include <gtest/gtest.h>

#include "db/into.h"

namespace {

enum class Kind { kNone, kFirst, kSecond };

db::Row row(std::vector<std::optional<std::string>> cols) { return db::Row(std::move(cols)); }

TEST(DbInto, ReadsEachColumnInOrderByTheFieldsType) {
  long long id = 0;
  std::string name;
  int count = 0;
  bool verified = false;
  double price = 0;
  std::optional<std::string> deadline;
  Kind kind = Kind::kNone;
  db::into(row({"42", "当归", "7", "1", "12.5", "2026-12-08", "2"}), id, name, count, verified,
           price, deadline, kind);
  EXPECT_EQ(id, 42);
  EXPECT_EQ(name, "当归");
  EXPECT_EQ(count, 7);
  EXPECT_TRUE(verified);
  EXPECT_DOUBLE_EQ(price, 12.5);
  EXPECT_EQ(deadline, "2026-12-08");
  EXPECT_EQ(kind, Kind::kSecond);
}

TEST(DbInto, NullReadsAsEmptyZeroOrNothing) {
  std::string name = "x";
  long long id = 9;
  bool verified = true;
  std::optional<std::string> deadline = "2026-12-08";
  db::into(row({std::nullopt, std::nullopt, std::nullopt, std::nullopt}), name, id, verified,
           deadline);
  EXPECT_EQ(name, "");
  EXPECT_EQ(id, 0);
  EXPECT_FALSE(verified);
  EXPECT_FALSE(deadline.has_value());
}

TEST(DbInto, SkipLeavesAColumnUnread) {
  std::string first, third;
  db::into(row({"a", "b", "c"}), first, db::skip, third);
  EXPECT_EQ(first, "a");
  EXPECT_EQ(third, "c");
}

TEST(DbInto, NullAsGivesItsFallbackOnlyForNull) {
  int battery = 0, course = 0;
  long long steps = 0;
  db::into(row({std::nullopt, "80", std::nullopt}), db::null_as(battery, -1),
           db::null_as(course, -1), db::null_as(steps, -1));
  EXPECT_EQ(battery, -1);
  EXPECT_EQ(course, 80);
  EXPECT_EQ(steps, -1);
  db::into(row({"0"}), db::null_as(battery, -1));
  EXPECT_EQ(battery, 0) << "a stored 0 is a value, not unknown";
}

struct Contact {
  std::string phone, name;
  long long id = 0;
};

TEST(DbInto, AsMakesAReaderThatFillsNamedFieldsInColumnOrder) {
  auto read = db::as<Contact>(&Contact::id, &Contact::name, &Contact::phone);
  auto c = read(row({"3", "外婆", "13800000009"}));
  EXPECT_EQ(c.id, 3);
  EXPECT_EQ(c.name, "外婆");
  EXPECT_EQ(c.phone, "13800000009");
  db::Result r;
  r.rows.push_back(row({"1", "甲", "1"}));
  r.rows.push_back(row({"2", "乙", "2"}));
  auto all = db::all(r, read);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].name, "乙");
}

}  // namespace
