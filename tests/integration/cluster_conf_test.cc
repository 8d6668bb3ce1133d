// The scaled-out layout's configuration (bin/cluster render, conf/cluster/): rendered without
// starting anything, and nginx -t accepts the front and each app host's nginx. `make cluster-
// test` runs the cluster itself; this keeps its files from rotting in every `make test`.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/stack.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(ClusterConf, RendersAndNginxAcceptsTheFrontAndEveryHost) {
  std::string dir = testenv::var_dir() + "/cluster-render";
  std::string cmd = "rm -rf '" + dir + "' && bin/cluster --base 28800 render '" + dir + "' > '" +
                    testenv::var_dir() + "/cluster-render.log' 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << slurp(testenv::var_dir() + "/cluster-render.log");

  auto front = slurp(dir + "/front/nginx.conf");
  EXPECT_NE(front.find("server 127.0.0.1:28801"), std::string::npos);
  EXPECT_NE(front.find("server 127.0.0.1:28802"), std::string::npos);
  EXPECT_NE(front.find("location ^~ /_cluster/"), std::string::npos) << "peers' URL kept inside";

  // Each host writes through its own Galera node first and asks only the other host.
  auto a = slurp(dir + "/a-overlay.conf"), b = slurp(dir + "/b-overlay.conf");
  EXPECT_NE(a.find("host = 127.0.0.1:28811,127.0.0.1:28812,127.0.0.1:28813"), std::string::npos);
  EXPECT_NE(b.find("host = 127.0.0.1:28812,127.0.0.1:28813,127.0.0.1:28811"), std::string::npos);
  EXPECT_NE(a.find("peers = http://127.0.0.1:28802"), std::string::npos);
  EXPECT_NE(b.find("peers = http://127.0.0.1:28801"), std::string::npos);
  EXPECT_NE(a.find("sentinels = 127.0.0.1:28861,127.0.0.1:28862,127.0.0.1:28863"),
            std::string::npos);

  for (int n = 1; n <= 3; ++n) {
    auto db = slurp(dir + "/db" + std::to_string(n) + ".cnf");
    EXPECT_NE(db.find("wsrep_cluster_address = gcomm://127.0.0.1:28821,127.0.0.1:28822,"
                      "127.0.0.1:28823"),
              std::string::npos);
    EXPECT_NE(db.find("wsrep_sync_wait = 1"), std::string::npos);
    EXPECT_EQ(db.find('@'), std::string::npos) << "no placeholder left in db" << n;
    auto sentinel = slurp(dir + "/sentinel" + std::to_string(n) + ".conf");
    EXPECT_NE(sentinel.find("sentinel monitor yaocai 127.0.0.1 28851 2"), std::string::npos);
  }
}
