#include "watch/frame.h"

#include <cctype>

namespace watch {
namespace {

constexpr char kEscape = 0x7D;
constexpr std::size_t kMaxImeiDigits = 20;

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == '\r' || c == '\n' || c == ' ' || c == '\t'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (std::tolower(static_cast<unsigned char>(c)) - 'a') + 10;
}

// 7D nn → the byte it stands for; -1 for an escape that means nothing.
int unescaped(char code) {
  switch (code) {
    case 0x01: return kEscape;
    case 0x02: return '[';
    case 0x03: return ']';
    case 0x04: return ',';
    case 0x05: return '*';
    default: return -1;
  }
}

std::string printable(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 24)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F) {
      out += c;
    } else {
      static const char* digits = "0123456789abcdef";
      out += "\\x";
      out += digits[u >> 4];
      out += digits[u & 15];
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> Frame::fields() const {
  std::vector<std::string> out;
  auto comma = content.find(',');
  if (comma == std::string::npos) return out;
  std::size_t start = comma + 1;
  while (true) {
    auto next = content.find(',', start);
    out.push_back(content.substr(start, next == std::string::npos ? next : next - start));
    if (next == std::string::npos) break;
    start = next + 1;
  }
  return out;
}

std::string_view Frame::body() const {
  auto comma = content.find(',');
  if (comma == std::string::npos) return {};
  return std::string_view(content).substr(comma + 1);
}

void FrameReader::feed(std::string_view bytes) {
  if (bad_) return;
  // Drop what earlier frames used before growing, so a long-lived connection stays small.
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  buf_.append(bytes);
}

FrameReader::Result FrameReader::next(Frame& out, std::string& error) {
  if (bad_) {
    error = why_;
    return Result::bad;
  }
  auto fail = [&](std::string why) {
    bad_ = true;
    why_ = std::move(why);
    error = why_;
    buf_.clear();
    pos_ = 0;
    return Result::bad;
  };
  // Line ends and blanks between frames are tolerated (some watches send them).
  while (pos_ < buf_.size() && is_space(buf_[pos_])) ++pos_;
  const std::size_t n = buf_.size();
  std::size_t i = pos_;
  if (i == n) return Result::more;
  if (buf_[i] != '[') return fail("garbage before a frame: " + printable(buf_.substr(i)));
  ++i;
  // Vendor: two letters or digits.
  for (int k = 0; k < 2; ++k, ++i) {
    if (i == n) return Result::more;
    if (!std::isalnum(static_cast<unsigned char>(buf_[i])))
      return fail("bad vendor code: " + printable(buf_.substr(pos_)));
  }
  if (i == n) return Result::more;
  if (buf_[i++] != '*') return fail("no '*' after the vendor: " + printable(buf_.substr(pos_)));
  std::size_t imei_start = i;
  while (i < n && is_digit(buf_[i]) && i - imei_start <= kMaxImeiDigits) ++i;
  if (i - imei_start > kMaxImeiDigits) return fail("device id longer than 20 digits");
  if (i == n) return Result::more;
  if (buf_[i] != '*' || i == imei_start)
    return fail("bad device id: " + printable(buf_.substr(pos_)));
  std::size_t imei_end = i++;
  std::size_t len = 0;
  for (int k = 0; k < 4; ++k, ++i) {
    if (i == n) return Result::more;
    if (!is_hex(buf_[i]))
      return fail("length is not 4 hex digits: " + printable(buf_.substr(pos_)));
    len = len * 16 + static_cast<std::size_t>(hex_value(buf_[i]));
  }
  if (i == n) return Result::more;
  if (buf_[i++] != '*') return fail("no '*' after the length: " + printable(buf_.substr(pos_)));
  if (len > kMaxFrameContent)
    return fail("content length " + std::to_string(len) + " over the limit of " +
                std::to_string(kMaxFrameContent));
  // Content: `len` bytes once unescaped, then ']'.
  std::string content;
  content.reserve(len);
  while (content.size() < len) {
    if (i == n) return Result::more;
    char c = buf_[i];
    if (c == ']' || c == '[')
      return fail("frame ends after " + std::to_string(content.size()) + " of " +
                  std::to_string(len) + " content bytes");
    if (c == kEscape) {
      if (i + 1 == n) return Result::more;
      int b = unescaped(buf_[i + 1]);
      if (b < 0) return fail("bad escape 0x7d " + printable(buf_.substr(i + 1, 1)));
      content += static_cast<char>(b);
      i += 2;
    } else {
      content += c;
      ++i;
    }
  }
  if (i == n) return Result::more;
  if (buf_[i] != ']')
    return fail("content longer than its length " + std::to_string(len) + ": " +
                printable(buf_.substr(pos_)));
  ++i;
  out.vendor = buf_.substr(pos_ + 1, 2);
  out.imei = buf_.substr(imei_start, imei_end - imei_start);
  auto comma = content.find(',');
  out.type = content.substr(0, comma);
  out.content = std::move(content);
  pos_ = i;
  if (out.type.empty()) return fail("frame without a type");
  return Result::frame;
}

std::string escape_content(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + raw.size() / 16);
  for (char c : raw) {
    switch (c) {
      case kEscape: out += {kEscape, 0x01}; break;
      case '[': out += {kEscape, 0x02}; break;
      case ']': out += {kEscape, 0x03}; break;
      case ',': out += {kEscape, 0x04}; break;
      case '*': out += {kEscape, 0x05}; break;
      default: out += c;
    }
  }
  return out;
}

bool unescape_content(std::string_view escaped, std::string& raw) {
  raw.clear();
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] != kEscape) {
      raw += escaped[i];
      continue;
    }
    if (i + 1 == escaped.size()) return false;
    int b = unescaped(escaped[++i]);
    if (b < 0) return false;
    raw += static_cast<char>(b);
  }
  return true;
}

std::string encode_frame(std::string_view vendor, std::string_view imei, std::string_view content) {
  // Text stays as it is; binary content (a TK frame's voice) is escaped around the comma that
  // ends its type, so no byte of it can end the frame early.
  std::string escaped;
  auto comma = content.find(',');
  bool binary = false;
  for (char c : content) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || c == '[' || c == ']' || c == kEscape) binary = true;
  }
  if (!binary)
    escaped = std::string(content);
  else if (comma == std::string_view::npos)
    escaped = escape_content(content);
  else
    escaped =
        escape_content(content.substr(0, comma)) + ',' + escape_content(content.substr(comma + 1));
  static const char* digits = "0123456789ABCDEF";
  std::string len(4, '0');
  for (int k = 3, v = static_cast<int>(content.size()); k >= 0; --k, v >>= 4)
    len[k] = digits[v & 15];
  std::string out;
  out.reserve(escaped.size() + imei.size() + 12);
  out += '[';
  out += vendor;
  out += '*';
  out += imei;
  out += '*';
  out += len;
  out += '*';
  out += escaped;
  out += ']';
  return out;
}

}  // namespace watch
