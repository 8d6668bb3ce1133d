#include "image/magick.h"

#include <Magick++.h>

#include <cstdlib>
#include <mutex>

#include "core/config.h"

namespace image {

void init_magick() {
  static std::once_flag once;
  std::call_once(once, [] {
    // MAGICK_CONFIGURE_PATH must be set before MagickCore reads its policy at genesis.
    std::string dir = core::Config::get().str("image", "policy_dir", "conf");
    setenv("MAGICK_CONFIGURE_PATH", dir.c_str(), 1);
    Magick::InitializeMagick(nullptr);
    // The same ceilings as policy.xml, so a missing or edited file cannot lift them.
    Magick::ResourceLimits::memory(256ull << 20);
    Magick::ResourceLimits::map(256ull << 20);
    Magick::ResourceLimits::disk(1ull << 30);
    Magick::ResourceLimits::width(12000);
    Magick::ResourceLimits::height(12000);
    Magick::ResourceLimits::area(64'000'000ull);
    Magick::ResourceLimits::listLength(200);
    // Two cores are shared by every program: one image never takes both.
    Magick::ResourceLimits::thread(1);
  });
}

}  // namespace image
