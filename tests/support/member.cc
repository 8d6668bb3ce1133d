#include "tests/support/member.h"

#include "tests/support/session.h"

namespace testenv {

Member member(const std::string& name, const std::string& roles) {
  Member m{make_user(name, roles), std::make_unique<Http>(), ""};
  m.csrf = login_as(*m.http, m.id);
  return m;
}

}  // namespace testenv
