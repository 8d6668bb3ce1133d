#include "tests/support/fake_geolocation.h"

#include <cstdio>

#include "core/config.h"

namespace testenv {
namespace {

void set_url(const std::string& url) {
  auto c = core::Config::get();
  c.put("watch", "geolocation_url", url);
  core::Config::set(c);
}

}  // namespace

FakeGeolocation::FakeGeolocation()
    : server_([this](const FakeRequest& r) { return reply(r.target); }) {
  answer(39.908, 116.397, 550);
  set_url("http://127.0.0.1:" + std::to_string(server_.port()) + "/position");
}

FakeGeolocation::~FakeGeolocation() {
  server_.stop();
  set_url("");
}

void FakeGeolocation::answer(double lat, double lon, int radius) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                R"({"status":"1","info":"OK","infocode":"10000","result":{"type":"4",)"
                R"("location":"%.6f,%.6f","radius":"%d","desc":"北京市"}})",
                lon, lat, radius);
  std::lock_guard lock(m_);
  body_ = buf;
}

void FakeGeolocation::answer_nothing() {
  std::lock_guard lock(m_);
  body_ = R"({"status":"1","info":"OK","infocode":"10000","result":{"type":"0"}})";
}

std::vector<std::string> FakeGeolocation::queries() {
  std::lock_guard lock(m_);
  return queries_;
}

std::string FakeGeolocation::reply(const std::string& target) {
  std::lock_guard lock(m_);
  if (auto q = target.find('?'); q != std::string::npos) queries_.push_back(target.substr(q + 1));
  return fake_reply(200, body_);
}

}  // namespace testenv
