#include <iostream>

#include "auth/account.h"
#include "bin/cli/command.h"

namespace cli {

int user(const Args& args) {
  if (args.empty() || args[0] != "add") {
    std::cerr << "usage: yaocai user add --phone P --password W --name N --roles r1,r2"
                 " [--username U] [--nickname K]\n";
    return 2;
  }
  auth::NewAccount a;
  a.phone = option(args, "phone");
  a.username = option(args, "username");
  a.password = option(args, "password");
  a.name = option(args, "name");
  a.nickname = option(args, "nickname");
  a.roles = option(args, "roles");
  a.user_type = std::stoi(option(args, "type", "7"));
  long long id = auth::create_account(db::local(), a);
  std::cout << "created user " << id << "\n";
  return 0;
}

}  // namespace cli
