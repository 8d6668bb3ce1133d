// One line per request: time, request id, method, path, status, milliseconds.
#pragma once
#include <string>

namespace web {

class AccessLog {
 public:
  // Appends to <dir>/<program>.log; an empty dir logs to stderr.
  void open(const std::string& dir, const std::string& program);
  // Opens the file again by its name, in place of the old one (after logrotate moved it);
  // threads writing meanwhile write whole lines to the old file or the new.
  void reopen();
  void request(const std::string& id, const std::string& method, const std::string& path,
               int status, double ms);
  // A failure worth a developer's look (the 500s), with the request id to find it by.
  void error(const std::string& id, const std::string& what);

 private:
  void write(const std::string& line);
  int fd_ = 2;
  std::string path_;
};

}  // namespace web
