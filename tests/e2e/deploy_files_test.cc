// What `bin/stack` renders for a production host: the nginx site (checked by nginx itself)
// and the systemd units of the jobs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs a shell command quietly (its stderr is dropped; redirect stdout in `cmd`).
int run(const std::string& cmd) { return std::system((cmd + " 2>/dev/null").c_str()); }

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("yaocai-deploy-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST(DeployFiles, SiteConfigurationPassesNginxCheckWithPageCopies) {
  TempDir t;
  // The checkout as the install prefix, so the site's includes resolve here.
  std::string root = fs::current_path().string();
  ASSERT_EQ(run("YAOCAI_PREFIX='" + root + "' SERVER_NAME=shop.example.cn bin/stack site-conf > '" +
                (t.path / "site.conf").string() + "'"),
            0);
  std::string site = read(t.path / "site.conf");
  EXPECT_NE(site.find("include " + root + "/conf/nginx/page_copy.conf;"), std::string::npos);
  EXPECT_NE(site.find("root /var/lib/yaocai/pages;"), std::string::npos);
  EXPECT_NE(site.find("fastcgi_param YAOCAI_PAGE_COPY 1;"), std::string::npos);
  std::ofstream(t.path / "nginx.conf")
      << "pid " << (t.path / "nginx.pid").string() << ";\nerror_log stderr;\nevents {}\nhttp {\n"
      << "  include /etc/nginx/mime.types;\n  include " << (t.path / "site.conf").string()
      << ";\n}\n";
  EXPECT_EQ(
      run("nginx -t -q -c '" + (t.path / "nginx.conf").string() + "' -p '" + t.path.string() + "'"),
      0)
      << "nginx -t rejects the production site";
}

TEST(DeployFiles, EveryJobHasATimerThatStartsTheJobUnit) {
  TempDir t;
  ASSERT_EQ(run("bin/stack units '" + t.path.string() + "' >/dev/null"), 0);
  std::string job = read(t.path / "yaocai-job@.service");
  EXPECT_NE(job.find("ExecStart=/opt/yaocai/bin/yaocai job %i"), std::string::npos);
  EXPECT_NE(job.find("ProtectSystem=strict"), std::string::npos);
  std::string release = read(t.path / "yaocai-crm-release.timer");
  EXPECT_NE(release.find("Unit=yaocai-job@crm-release.service"), std::string::npos);
  EXPECT_NE(release.find("OnCalendar=*-*-* 00:05:00 Asia/Shanghai"), std::string::npos);
  std::string digest = read(t.path / "yaocai-crm-digest.timer");
  EXPECT_NE(digest.find("Unit=yaocai-job@crm-digest.service"), std::string::npos);
  EXPECT_NE(digest.find("OnCalendar=*-*-* 18:00:00 Asia/Shanghai"), std::string::npos);
}

// The shipped logrotate file, run for real on a copy that points at a scratch directory.
TEST(DeployFiles, ProductionLogrotateRotatesProgramLogs) {
  TempDir t;
  ASSERT_EQ(run("sed -e 's#/var/log/yaocai#" + t.path.string() +
                "#' -e 's/yaocai yaocai/root root/g' conf/logrotate/yaocai > '" +
                (t.path / "yaocai.conf").string() + "'"),
            0);
  std::ofstream(t.path / "market-home.log") << "a line\n";
  ASSERT_EQ(run("logrotate -f -s '" + (t.path / "state").string() + "' '" +
                (t.path / "yaocai.conf").string() + "' >/dev/null"),
            0);
  EXPECT_TRUE(fs::exists(t.path / "market-home.log.1"));
  EXPECT_TRUE(fs::exists(t.path / "market-home.log")) << "created afresh for the programs";
}

TEST(DeployFiles, ProgramUnitsSuperviseWithTermAndCapMemory) {
  TempDir t;
  ASSERT_EQ(run("bin/stack units '" + t.path.string() + "' >/dev/null"), 0);
  std::string unit = read(t.path / "yaocai-market-purchases.service");
  EXPECT_NE(unit.find("multiwatch -f 2 -s TERM"), std::string::npos) << unit;
  EXPECT_NE(unit.find("Restart=always"), std::string::npos);
  EXPECT_NE(unit.find("MemoryMax="), std::string::npos);
}
