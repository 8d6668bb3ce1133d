// A user on their card (session/user_card.h) and back, as Request::user() reads them.
#include <gtest/gtest.h>

#include "auth/user.h"

TEST(UserCard, AUserComesBackFromTheirCardAsTheyWere) {
  auth::User u;
  u.id = 42;
  u.phone = "13800000042";
  u.username = "card";
  u.name = "卡片 <b>";
  u.nickname = "";
  u.user_type = 3;
  u.roles = {"sales", "staff"};
  u.verified = true;
  u.avatar = "ab12";
  std::map<std::string, std::string> card{{"unread", "5"}};
  auth::user_to_card(u, card);
  auto back = auth::user_from_card(card);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->id, 42);
  EXPECT_EQ(back->phone, u.phone);
  EXPECT_EQ(back->username, u.username);
  EXPECT_EQ(back->name, u.name);
  EXPECT_EQ(back->display_name(), "卡片 <b>");
  EXPECT_EQ(back->user_type, 3);
  EXPECT_EQ(back->roles, u.roles);
  EXPECT_TRUE(back->verified);
  EXPECT_FALSE(back->disabled);
  EXPECT_EQ(back->avatar, "ab12");
  EXPECT_EQ(card["unread"], "5") << "other values of the card stay";
}

TEST(UserCard, ACardWithoutEveryFieldHoldsNoUser) {
  EXPECT_FALSE(auth::user_from_card({}));
  EXPECT_FALSE(auth::user_from_card({{"unread", "1"}}));
  std::map<std::string, std::string> card;
  auth::user_to_card(auth::User{}, card);
  card.erase("u.roles");
  EXPECT_FALSE(auth::user_from_card(card));
  auth::user_to_card(auth::User{}, card);
  card["u.id"] = "x";
  EXPECT_FALSE(auth::user_from_card(card));
}
