// The gateway's own log lines (stderr, or --log FILE reopened on SIGHUP for logrotate).
#pragma once
#include <string>

namespace watchd {

void open_log(const std::string& path);
void reopen_log();
void say(const std::string& line);

}  // namespace watchd
