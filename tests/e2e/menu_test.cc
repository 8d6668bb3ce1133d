// Menus come from the user's roles (issue 17): for every role, every link in every menu
// (the header, the CRM menu, the admin menu, the booking and "my" menus) that a user can reach
// from the home page within two steps answers, and none of them answers 403.
#include <gtest/gtest.h>

#include <deque>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tests/support/http.h"
#include "tests/support/session.h"

using testenv::Http;

namespace {

// The local links inside the page's <nav> elements (the header's navbar is one).
std::vector<std::string> menu_links(const std::string& html) {
  static const std::regex href("href=\"(/[^\"#]*)\"");
  std::vector<std::string> out;
  for (size_t at = 0; (at = html.find("<nav", at)) != std::string::npos;) {
    size_t end = html.find("</nav>", at);
    if (end == std::string::npos) break;
    std::string nav = html.substr(at, end - at);
    for (std::sregex_iterator m(nav.begin(), nav.end(), href), e; m != e; ++m) {
      std::string link = (*m)[1];
      size_t amp;
      while ((amp = link.find("&amp;")) != std::string::npos) link.replace(amp, 5, "&");
      out.push_back(link);
    }
    at = end;
  }
  return out;
}

// Follows menu links breadth-first from "/" two levels deep; returns "link → status" for every
// link that answered 403 (or failed), and the set of links visited in `seen`.
std::vector<std::string> forbidden_links(Http& c, std::set<std::string>& seen) {
  std::vector<std::string> bad;
  std::deque<std::pair<std::string, int>> queue{{"/", 0}};
  seen.insert("/");
  while (!queue.empty()) {
    auto [path, depth] = queue.front();
    queue.pop_front();
    auto r = c.get(path);
    if (r.status == 403 || r.status >= 500 || r.status == 0)
      bad.push_back(path + " → " + std::to_string(r.status));
    if (depth == 2 || r.status != 200) continue;
    for (const auto& link : menu_links(r.body))
      if (seen.insert(link).second) queue.emplace_back(link, depth + 1);
  }
  return bad;
}

struct RoleCase {
  const char* roles;
  const char* must_link;  // a page this role's menus must offer
};

}  // namespace

TEST(MenuE2e, NoMenuEntryLeadsTo403ForAnyRole) {
  const std::vector<RoleCase> cases = {
      {"", "/my/purchases"},
      {"staff", "/booking"},
      {"teacher", "/crm/classes"},
      {"teacher,staff", "/crm/students"},
      {"sales", "/crm/customers/public"},
      {"sales_manager", "/crm/weights"},
      {"admin", "/admin/users"},
  };
  for (const auto& rc : cases) {
    SCOPED_TRACE(std::string("roles: ") + rc.roles);
    Http c;
    testenv::login_as(c, testenv::make_user("菜单用户", rc.roles));
    std::set<std::string> seen;
    auto bad = forbidden_links(c, seen);
    EXPECT_TRUE(bad.empty()) << ::testing::PrintToString(bad);
    EXPECT_TRUE(seen.count(rc.must_link)) << rc.must_link << " is not in the menus";
  }
}

TEST(MenuE2e, TeacherHeaderLeadsToClassesNotCustomers) {
  Http c;
  testenv::login_as(c, testenv::make_user("菜单讲师", "teacher"));
  auto home = c.get("/");
  ASSERT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("href=\"/crm/classes\""), std::string::npos);
  EXPECT_EQ(home.body.find("href=\"/crm/customers/mine\""), std::string::npos);
  EXPECT_EQ(c.get("/crm/classes").status, 200);
}
