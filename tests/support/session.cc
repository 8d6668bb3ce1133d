#include "tests/support/session.h"

#include "auth/account.h"
#include "db/connection.h"
#include "redis/client.h"
#include "session/session.h"
#include "tests/support/stack.h"
#include "web/request.h"

namespace testenv {

long long make_user(const std::string& name, const std::string& roles) {
  auth::NewAccount a;
  a.phone = unique_phone();
  a.password = "secret123";
  a.name = name;
  a.roles = roles;
  return auth::create_account(db::local(), a);
}

std::string login_as(Http& client, long long user_id) {
  session::Store store(redis::local(), session::Lifetimes::from_config());
  auto s = store.rotate(session::Session{}, user_id, false);
  client.set_cookie(web::kSessionCookie, s.id);
  return s.csrf;
}

}  // namespace testenv
