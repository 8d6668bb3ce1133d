// What a route answers: status, headers, cookies and one body (HTML, JSON or bytes).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace web {

struct Cookie {
  std::string name, value, path = "/", same_site = "Lax";
  long max_age = -1;  // -1: a browser-session cookie (no Max-Age)
  bool http_only = true, secure = false;
  std::string header_value() const;
};

class Response {
 public:
  int status() const { return status_; }
  void set_status(int s) { status_ = s; }
  void header(const std::string& name, const std::string& value);
  void cookie(const Cookie& c) { cookies_.push_back(c); }
  // Lets the page show pictures from `origin` ("https://tile.example.org") as well as our own:
  // a map's tiles. Anything but scheme://host[:port] is ignored.
  void allow_images_from(const std::string& origin);
  // 303 See Other by default: the answer to a form POST.
  void redirect(const std::string& location, int status = 303);
  void json(const nlohmann::json& j, int status = 200);
  void html(std::string body, int status = 200);
  void send(std::string body, const std::string& content_type, int status = 200);
  // Forgets what a failed handler set, keeping cookies (a new session must still reach the
  // browser) so an error page can be written instead.
  void clear_for_error();
  // The CGI response: Status line, headers, blank line, body.
  std::string serialize() const;
  const std::string& body() const { return body_; }
  // A 200 HTML page with no cookies and no headers of its own: nginx can serve it as a file
  // with the same headers (conf/nginx/page_copy.conf).
  bool plain_page() const {
    return status_ == 200 && cookies_.empty() && headers_.empty() && image_origins_.empty() &&
           content_type_ == "text/html; charset=utf-8";
  }

 private:
  int status_ = 200;
  std::string content_type_ = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers_;
  std::vector<Cookie> cookies_;
  std::string image_origins_;  // " https://a.example" ... for the CSP's img-src
  std::string body_;
};

const char* reason_phrase(int status);

}  // namespace web
