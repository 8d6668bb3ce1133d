// A CGI exchange in memory: what a web server would hand a route program, for driving the
// real web::answer without a socket.
#pragma once
#include <algorithm>
#include <map>
#include <string>

#include "web/exchange.h"

namespace testenv {

class FakeExchange : public web::Exchange {
 public:
  std::map<std::string, std::string> params;
  std::string in, out;
  size_t pos = 0;
  std::string param(const char* name) const override {
    auto it = params.find(name);
    return it == params.end() ? "" : it->second;
  }
  size_t read(char* buf, size_t n) override {
    n = std::min(n, in.size() - pos);
    std::copy(in.data() + pos, in.data() + pos + n, buf);
    pos += n;
    return n;
  }
  void write(const std::string& b) override { out += b; }
};

// A GET of `uri` (path and query).
inline FakeExchange get(const std::string& uri) {
  FakeExchange ex;
  ex.params = {{"REQUEST_METHOD", "GET"}, {"DOCUMENT_URI", uri.substr(0, uri.find('?'))}};
  if (uri.find('?') != std::string::npos) ex.params["QUERY_STRING"] = uri.substr(uri.find('?') + 1);
  return ex;
}

// "Status: 404 Not Found" from a CGI response.
inline std::string status_line(const std::string& out) { return out.substr(0, out.find("\r\n")); }

}  // namespace testenv
