// A stand-in for the AMap-compatible geolocation service on a loopback TCP port. While it
// lives, this process's [watch] geolocation_url points at it (and is unset again after).
//   GET /position?...&bts=…  → {"status":"1","result":{"type":"4","location":"<lon>,<lat>",
//                               "radius":"<r>"}} with the answer set by answer(), in GCJ-02;
//                               type "0" (no position) after answer_nothing().
#pragma once
#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/fake_server.h"

namespace testenv {

class FakeGeolocation {
 public:
  FakeGeolocation();
  ~FakeGeolocation();
  FakeGeolocation(const FakeGeolocation&) = delete;

  // What the next requests get: a GCJ-02 point and radius.
  void answer(double gcj_lat, double gcj_lon, int radius);
  void answer_nothing();
  // The query strings received, in order.
  std::vector<std::string> queries();

 private:
  std::string reply(const std::string& target);
  std::mutex m_;
  std::string body_;
  std::vector<std::string> queries_;
  FakeServer server_;  // last: it stops before what its answers use goes
};

}  // namespace testenv
