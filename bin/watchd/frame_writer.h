// Writes the per-watch frame log from its own thread, so disk never stalls the event loop;
// removes days older than the kept number once an hour.
#pragma once
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "watch/frame_log.h"

namespace watchd {

class FrameWriter {
 public:
  FrameWriter(std::string dir, int days);
  ~FrameWriter();
  void add(const std::string& imei, char direction, const std::string& bytes);
  void stop();

 private:
  void run();
  std::string dir_;
  int days_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<watch::LoggedFrame> pending_;
  bool stop_ = false;
  std::thread worker_;
};

}  // namespace watchd
