// The raw conversation with the web server: CGI parameters in, body in, bytes out. The
// FastCGI (libfcgi) and plain CGI kinds live in serve.cc, the only file that sees libfcgi;
// tests answer requests through their own kind.
#pragma once
#include <cstddef>
#include <string>

namespace web {

class Exchange {
 public:
  virtual ~Exchange() = default;
  // A CGI parameter ("REQUEST_METHOD", "HTTP_COOKIE" ...); "" when absent.
  virtual std::string param(const char* name) const = 0;
  // Reads up to n body bytes; 0 at the end.
  virtual size_t read(char* buf, size_t n) = 0;
  virtual void write(const std::string& bytes) = 0;
};

}  // namespace web
