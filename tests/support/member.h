// A logged-in member as end-to-end tests drive one: an account, its own HTTP client (cookie
// jar) and the session's CSRF token for the forms it posts.
#pragma once
#include <memory>
#include <string>

#include "tests/support/http.h"

namespace testenv {

struct Member {
  long long id = 0;
  std::unique_ptr<Http> http;
  std::string csrf;
  Http& c() { return *http; }
};

// A new account named `name` with `roles`, logged in (tests/support/session.h).
Member member(const std::string& name, const std::string& roles = "");

}  // namespace testenv
