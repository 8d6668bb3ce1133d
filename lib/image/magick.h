// ImageMagick set up once per process: our restrictive policy.xml (conf/), resource limits in
// code as well, and a per-image deadline, since IM6's own time limit is per process.
#pragma once
#include <chrono>

namespace image {

// Loads conf/policy.xml ([image] policy_dir) and sets the resource limits; safe to call often.
void init_magick();

// A wall-clock budget for one image; ImageMagick's progress callbacks stop work past it.
struct Deadline {
  std::chrono::steady_clock::time_point at;
  bool passed() const { return std::chrono::steady_clock::now() > at; }
};

}  // namespace image
