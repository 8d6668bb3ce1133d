// Framing of the kids'-watch protocol (spec §5): `[VV*IMEI*LLLL*CONTENT]`, VV the vendor code,
// LLLL the content length in 4 hex digits. Binary content (voice) escapes five bytes with 0x7D:
// 7D 01 = 7D, 7D 02 = '[', 7D 03 = ']', 7D 04 = ',', 7D 05 = '*'. A pure reader that the gateway
// feeds with whatever each read returned, and that unit tests and fuzzers reach without a socket.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace watch {

// The largest content accepted: a few seconds of AMR voice fit; more is a broken or hostile peer.
inline constexpr std::size_t kMaxFrameContent = 0x8000;

struct Frame {
  std::string vendor;   // "3G", "SG", "CS" ...
  std::string imei;     // digits as sent
  std::string type;     // the content up to its first comma: "LK", "UD", "TK" ...
  std::string content;  // the whole content, unescaped (binary for TK)
  // The comma-separated fields after the type (text frames only).
  std::vector<std::string> fields() const;
  // The bytes after "TYPE," (the binary body of a TK frame); "" when there is no comma.
  std::string_view body() const;
};

class FrameReader {
 public:
  enum class Result { frame, more, bad };
  // Appends bytes as they came from the socket.
  void feed(std::string_view bytes);
  // The next complete frame into `out` (frame); more when the buffer holds only part of one;
  // bad when the stream cannot be a frame: `error` says why and the connection should close
  // (after a bad result the reader stays bad).
  Result next(Frame& out, std::string& error);
  // Bytes waiting for the rest of their frame.
  std::size_t buffered() const { return buf_.size() - pos_; }

 private:
  std::string buf_;
  std::size_t pos_ = 0;
  bool bad_ = false;
  std::string why_;
};

// One frame as the server sends it; `content` is escaped as needed (binary TK voice).
std::string encode_frame(std::string_view vendor, std::string_view imei, std::string_view content);
// The escaped form of raw bytes and back; unescape returns false on a 7D followed by anything
// but 01..05.
std::string escape_content(std::string_view raw);
bool unescape_content(std::string_view escaped, std::string& raw);

}  // namespace watch
