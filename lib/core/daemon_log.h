// A daemon's log (bin/yaocai-pushd, bin/yaocai-watchd): lines on stderr, which --log FILE points
// at a file that is opened again on SIGHUP, after logrotate moved it.
#pragma once
#include <string>

namespace core {

// Points stderr at `path` (appended, created 0640); "" leaves stderr as it is.
void reopen_log(const std::string& path);
// One line: local time, the daemon's name and pid, `text`. Whole lines even from several threads.
void log_line(const std::string& daemon, const std::string& text);

}  // namespace core
