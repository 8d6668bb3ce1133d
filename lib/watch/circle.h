// Family circles (家庭圈) and who is in them: members (app users), contacts (phone-book
// entries) and watches. Every request about a circle starts with member_circle(), which
// answers 404 to anyone outside it, so an id typed by a stranger reveals nothing.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "db/connection.h"

namespace watch {

struct Circle {
  long long id = 0;
  std::string name;
  long long created_by = 0;
};

struct Member {
  long long user_id = 0;
  std::string name, phone;
  bool owner = false, share_location = true;
};

struct Contact {
  std::string phone, name;
};

// A circle name, member name or contact name: trimmed, 1..20 characters (BadRequest).
std::string checked_name(const std::string& raw, const std::string& field, size_t max = 20);
// A phone-book number: 3..20 digits, an optional leading + (BadRequest).
std::string checked_contact_phone(const std::string& raw, const std::string& field = "phone");

// Creates a circle with a fresh random 10-digit id; `user` is its first member and owner,
// known in it as `member_name`.
Circle create_circle(db::Connection& db, long long user, const std::string& name,
                     const std::string& member_name);
// The circle if `user` is a member of it, else NotFound.
Circle member_circle(db::Connection& db, long long circle_id, long long user);
std::vector<Circle> circles_of(db::Connection& db, long long user);
void rename_circle(db::Connection& db, long long circle_id, const std::string& name);

std::vector<Member> members(db::Connection& db, long long circle_id);
std::vector<Contact> contacts(db::Connection& db, long long circle_id);
// The circle with its members, contacts and watches, as the app shows it.
nlohmann::json circle_json(db::Connection& db, const Circle& c);

// Within a circle, phones and names of members, contacts and watches are unique: each holder
// claims its values in one transaction with its own row. Conflict names the taken value.
void claim(db::Connection& db, long long circle_id, const std::string& holder,
           const std::string& phone, const std::string& name);
void release(db::Connection& db, long long circle_id, const std::string& holder);

}  // namespace watch
