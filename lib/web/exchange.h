// The raw conversation with the web server: CGI parameters in, body in, bytes out.
// FastCGI (libfcgi, one per accepted request) or plain CGI (environment and stdio) for
// running a program by hand from a shell.
#pragma once
#include <fcgiapp.h>

#include <cstdio>
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

class FastCgiExchange : public Exchange {
 public:
  explicit FastCgiExchange(FCGX_Request& r) : r_(r) {}
  std::string param(const char* name) const override {
    const char* v = FCGX_GetParam(name, r_.envp);
    return v ? v : "";
  }
  size_t read(char* buf, size_t n) override {
    int got = FCGX_GetStr(buf, static_cast<int>(n), r_.in);
    return got > 0 ? static_cast<size_t>(got) : 0;
  }
  void write(const std::string& bytes) override {
    FCGX_PutStr(bytes.data(), static_cast<int>(bytes.size()), r_.out);
  }

 private:
  FCGX_Request& r_;
};

class CgiExchange : public Exchange {
 public:
  std::string param(const char* name) const override {
    const char* v = std::getenv(name);
    return v ? v : "";
  }
  size_t read(char* buf, size_t n) override { return std::fread(buf, 1, n, stdin); }
  void write(const std::string& bytes) override {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
  }
};

}  // namespace web
