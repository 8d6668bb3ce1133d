#include "watch/frame_log.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

#include "core/config.h"
#include "watch/device.h"

namespace watch {
namespace {

std::string utc_day(std::time_t t) {
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%F", &tm);
  return buf;
}

bool is_day(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

std::string frame_log_dir() {
  auto dir = core::Config::get().str("watch", "frame_log_dir");
  if (!dir.empty()) return dir;
  return core::Config::get().str("paths", "log_dir", "var/log") + "/watch";
}

std::string frame_log_line(const LoggedFrame& f) {
  std::tm tm;
  gmtime_r(&f.at, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%FT%TZ", &tm);
  std::string line = std::string(stamp) + ' ' + f.direction + ' ';
  static const char* digits = "0123456789abcdef";
  for (char c : f.bytes) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F && c != '\\') {
      line += c;
    } else if (u >= 0x80) {
      line += c;  // UTF-8 text stays readable; voice bytes are rare and stay bytes
    } else {
      line += "\\x";
      line += digits[u >> 4];
      line += digits[u & 15];
    }
  }
  return line;
}

int append_frames(const std::string& dir, const std::vector<LoggedFrame>& frames) {
  std::map<std::string, std::string> by_file;
  for (const auto& f : frames) {
    if (!valid_imei(f.imei)) continue;  // the IMEI names a file: digits only
    by_file[utc_day(f.at) + "/" + f.imei + ".log"] += frame_log_line(f) + '\n';
  }
  int n = 0;
  std::set<std::filesystem::path> made;  // a day's folder checked once a call, not once a watch
  for (const auto& [name, text] : by_file) {
    std::filesystem::path p = std::filesystem::path(dir) / name;
    std::error_code ec;
    if (made.insert(p.parent_path()).second)
      std::filesystem::create_directories(p.parent_path(), ec);
    std::FILE* out = std::fopen(p.c_str(), "ae");
    if (!out) continue;
    std::fwrite(text.data(), 1, text.size(), out);
    std::fclose(out);
    ++n;
  }
  return n;
}

std::vector<std::string> frame_log(const std::string& dir, const std::string& imei,
                                   const std::string& date) {
  std::vector<std::string> out;
  std::string day = date.empty() ? utc_day(std::time(nullptr)) : date;
  if (!valid_imei(imei) || !is_day(day)) return out;
  std::ifstream in(std::filesystem::path(dir) / day / (imei + ".log"));
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

int purge_frame_log(const std::string& dir, int days, std::time_t now) {
  std::string oldest = utc_day(now - static_cast<std::time_t>(days) * 86400);
  int n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.is_directory() && is_day(name) && name < oldest) {
      std::filesystem::remove_all(e.path(), ec);
      if (!ec) ++n;
    }
  }
  return n;
}

}  // namespace watch
