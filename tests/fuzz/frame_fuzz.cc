// libFuzzer: the watch gateway's frame reader and content decoders over any bytes, fed in two
// reads cut where the first byte says. A bad stream must be refused, never crash or loop.
#include <cstddef>
#include <cstdint>
#include <string>

#include "watch/frame.h"
#include "watch/uplink.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string s(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t cut = s.empty() ? 0 : data[0] % (s.size() + 1);
  watch::FrameReader r;
  r.feed(s.substr(0, cut));
  watch::Frame f;
  std::string why;
  int frames = 0;
  for (int part = 0; part < 2; ++part) {
    watch::FrameReader::Result res;
    while ((res = r.next(f, why)) == watch::FrameReader::Result::frame) {
      if (f.content.size() > watch::kMaxFrameContent || f.type.empty()) __builtin_trap();
      watch::decode_lk(f);
      if (auto rep = watch::decode_report(f))
        if (rep->fix.cells.size() > 16 || rep->fix.wifi.size() > 32) __builtin_trap();
      watch::decode_voice(f);
      // What we read must encode back to something that reads the same.
      watch::FrameReader again;
      again.feed(watch::encode_frame(f.vendor, f.imei, f.content));
      watch::Frame g;
      std::string why2;
      if (again.next(g, why2) != watch::FrameReader::Result::frame || g.content != f.content)
        __builtin_trap();
      if (++frames > 100000) __builtin_trap();
    }
    if (res == watch::FrameReader::Result::bad && why.empty()) __builtin_trap();
    if (part == 0) r.feed(s.substr(cut));
  }
  return 0;
}
