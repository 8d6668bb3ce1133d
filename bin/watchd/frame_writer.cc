#include "bin/watchd/frame_writer.h"

#include <chrono>
#include <ctime>

#include "bin/watchd/log.h"

namespace watchd {

FrameWriter::FrameWriter(std::string dir, int days) : dir_(std::move(dir)), days_(days) {
  worker_ = std::thread([this] { run(); });
}

FrameWriter::~FrameWriter() { stop(); }

void FrameWriter::add(const std::string& imei, char direction, const std::string& bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  pending_.push_back({imei, direction, std::time(nullptr), bytes});
}

void FrameWriter::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_one();
  if (worker_.joinable()) worker_.join();
}

void FrameWriter::run() {
  std::time_t last_purge = 0;
  while (true) {
    std::vector<watch::LoggedFrame> batch;
    bool stopping;
    {
      std::unique_lock<std::mutex> lock(mu_);
      // A quarter second of frames per write: one open per watch file, not one per frame.
      cv_.wait_for(lock, std::chrono::milliseconds(250), [&] { return stop_; });
      batch.swap(pending_);
      stopping = stop_;
    }
    if (!batch.empty()) watch::append_frames(dir_, batch);
    std::time_t now = std::time(nullptr);
    if (now - last_purge >= 3600) {
      last_purge = now;
      if (int n = watch::purge_frame_log(dir_, days_, now))
        say("frame log: removed " + std::to_string(n) + " days older than " +
            std::to_string(days_));
    }
    if (stopping) return;
  }
}

}  // namespace watchd
