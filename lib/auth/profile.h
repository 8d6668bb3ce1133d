// What a member changes about their own account on /my/settings.
#pragma once
#include <string>

#include "db/connection.h"

namespace auth {

struct Profile {
  std::string name, nickname;
  int user_type = 7;
};

// Validates and saves; core::BadRequest with the field on bad input.
void update_profile(db::Connection& db, long long user_id, const Profile& p);

// Replaces the password when `old_password` is right; core::BadRequest otherwise.
void change_password(db::Connection& db, long long user_id, const std::string& old_password,
                     const std::string& new_password);

}  // namespace auth
