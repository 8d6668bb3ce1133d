// Publishing while logged out (spec §1): phone + SMS code + name + member type create an
// account (simple username, random password sent by SMS) and the order together.
#pragma once
#include <string>

#include "db/connection.h"
#include "market/purchase.h"

namespace market {

struct Visitor {
  std::string phone, sms_code, name, user_type;
};

// Field errors of the visitor's own fields (phone, name, user_type, sms_code present);
// no database access, the code itself is checked later.
FieldErrors check_visitor(const Visitor& v);

struct VisitorAccount {
  long long user_id = 0, purchase_id = 0;
  std::string username, password;
};

// Creates the account and publishes the validated draft in one transaction. Conflict
// "phone_taken" when the phone got an account meanwhile (nothing is written then).
VisitorAccount publish_as_visitor(db::Connection& db, const Visitor& v, const PurchaseDraft& d,
                                  const std::string& now);

// The SMS with the new account's username and password.
std::string account_sms_text(const VisitorAccount& a);

}  // namespace market
