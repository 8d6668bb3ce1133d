// yaocai session USERNAME: logs a user in without the login form and prints the Cookie header
// value ("yc_sid=…"), for benchmarks and scripts that need a real logged-in session.
#include "session/session.h"

#include <iostream>

#include "bin/cli/command.h"
#include "db/connection.h"
#include "redis/client.h"
#include "web/request.h"

namespace cli {

int session(const Args& args) {
  if (args.size() != 1) {
    std::cerr << "usage: yaocai session USERNAME\n";
    return 2;
  }
  auto u = db::local().query("SELECT id, disabled FROM user WHERE username = ?", args[0]);
  if (u.empty()) {
    std::cerr << "yaocai session: no user " << args[0] << "\n";
    return 1;
  }
  if (u.one().i64(1) != 0) {
    std::cerr << "yaocai session: user " << args[0] << " is disabled\n";
    return 1;
  }
  session::Store store(redis::local(), session::Lifetimes::from_config());
  auto s = store.rotate(session::Session{}, u.one().i64(0), false);
  std::cout << web::kSessionCookie << "=" << s.id << "\n";
  return 0;
}

}  // namespace cli
