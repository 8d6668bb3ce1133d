// A circle's phone book entries for people without the app (grandparents, a teacher); the
// watches get them as their phone book.
#pragma once
#include <string>

#include "db/connection.h"

namespace watch {

// Conflict when the phone or name is taken in the circle by anyone (member, contact, watch).
void add_contact(db::Connection& db, long long circle_id, const std::string& phone,
                 const std::string& name);
// NotFound when the circle has no such contact.
void remove_contact(db::Connection& db, long long circle_id, const std::string& phone);

}  // namespace watch
