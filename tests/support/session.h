// Logging a test client in without the login form: a real session in the test stack's Redis,
// exactly what a successful login leaves behind. The login form has its own tests.
#pragma once
#include <string>

#include "tests/support/http.h"

namespace testenv {

// Creates an account (unique phone) with `roles`; returns its id.
long long make_user(const std::string& name, const std::string& roles = "");
// Puts a logged-in session for `user_id` into `client`'s cookie jar; returns its CSRF token.
std::string login_as(Http& client, long long user_id);

}  // namespace testenv
