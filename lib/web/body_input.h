// Feeds cgicc a body we already read (and size-checked). With `form`, cgicc sees a POST of
// `body`; without, a GET with no query: the query string is ours, so it is never mixed into
// the form. Every other CGI variable (CONTENT_TYPE, HTTP_COOKIE ...) comes from `env`.
// The request and the multipart fuzzer parse through this one input.
#pragma once
#include <cgicc/CgiInput.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>

namespace web {

class BodyInput : public cgicc::CgiInput {
 public:
  BodyInput(const std::string& body, bool form, std::function<std::string(const char*)> env)
      : body_(body), form_(form), env_(std::move(env)) {}
  size_t read(char* data, size_t length) override {
    size_t n = std::min(length, body_.size() - pos_);
    std::memcpy(data, body_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  std::string getenv(const char* name) override {
    if (!std::strcmp(name, "REQUEST_METHOD")) return form_ ? "POST" : "GET";
    if (!std::strcmp(name, "QUERY_STRING")) return "";
    if (!std::strcmp(name, "CONTENT_LENGTH")) return form_ ? std::to_string(body_.size()) : "0";
    return env_(name);
  }

 private:
  const std::string& body_;
  bool form_;
  std::function<std::string(const char*)> env_;
  size_t pos_ = 0;
};

}  // namespace web
