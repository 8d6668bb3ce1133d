// Creating accounts (registration, staff accounts from the command line or admin).
#pragma once
#include <optional>
#include <string>

#include "db/connection.h"

namespace auth {

struct NewAccount {
  std::string phone, username, password, name, nickname;
  std::string roles;  // comma-separated, each one of known_roles()
  int user_type = 7;
};

// True for an 11-digit mainland mobile number (1[3-9]x).
bool valid_phone(const std::string& phone);

// The account registered with `phone`, enabled or not.
std::optional<long long> user_by_phone(db::Connection& db, const std::string& phone);

// BadRequest (with the field) when `a` is not a valid new account; no database access.
void check_account(const NewAccount& a);

// Validates and inserts; returns the new id. BadRequest (with the field) on invalid input,
// Conflict when the phone or username is taken.
long long create_account(db::Connection& db, const NewAccount& a);

}  // namespace auth
