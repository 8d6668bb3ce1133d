// Every frame in and out, logged per watch (spec §5, kept 30 days): one file per watch and
// UTC day, <dir>/<YYYY-MM-DD>/<imei>.log, a line per frame ("<" from the watch, ">" to it),
// binary bytes as \xNN. The gateway appends; the admin reads a day back.
#pragma once
#include <ctime>
#include <string>
#include <vector>

namespace watch {

struct LoggedFrame {
  std::string imei;
  char direction = '<';  // '<' from the watch, '>' to it
  std::time_t at = 0;
  std::string bytes;  // the frame as on the wire
};

// [watch] frame_log_dir (default <var>/log/watch).
std::string frame_log_dir();
// Appends frames to their files (grouped, one open per file); returns how many were written.
int append_frames(const std::string& dir, const std::vector<LoggedFrame>& frames);
// The lines of one watch's day ("" date: today, UTC); empty when there are none.
std::vector<std::string> frame_log(const std::string& dir, const std::string& imei,
                                   const std::string& date);
// Removes the day directories older than `days`; returns how many went.
int purge_frame_log(const std::string& dir, int days, std::time_t now);
// One line as stored, without its newline.
std::string frame_log_line(const LoggedFrame& f);

}  // namespace watch
