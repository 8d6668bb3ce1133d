#include "web/response.h"

namespace web {

const char* reason_phrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
  }
}

std::string Cookie::header_value() const {
  std::string h = name + "=" + value + "; Path=" + path;
  if (max_age >= 0) h += "; Max-Age=" + std::to_string(max_age);
  if (http_only) h += "; HttpOnly";
  if (secure) h += "; Secure";
  if (!same_site.empty()) h += "; SameSite=" + same_site;
  return h;
}

void Response::header(const std::string& name, const std::string& value) {
  for (auto& [k, v] : headers_)
    if (k == name) {
      v = value;
      return;
    }
  headers_.emplace_back(name, value);
}

void Response::allow_images_from(const std::string& origin) {
  size_t scheme = origin.find("://");
  if (scheme == std::string::npos ||
      (origin.compare(0, scheme, "https") != 0 && origin.compare(0, scheme, "http") != 0))
    return;
  for (size_t i = scheme + 3; i < origin.size(); ++i) {
    char c = origin[i];
    bool host = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '.' || c == '-' || c == ':' || c == '*';
    if (!host) return;
  }
  if (origin.size() == scheme + 3) return;
  image_origins_ += " " + origin;
}

void Response::redirect(const std::string& location, int status) {
  status_ = status;
  header("Location", location);
  body_.clear();
}

void Response::json(const nlohmann::json& j, int status) {
  send(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
       "application/json; charset=utf-8", status);
}

void Response::html(std::string body, int status) {
  send(std::move(body), "text/html; charset=utf-8", status);
}

void Response::send(std::string body, const std::string& content_type, int status) {
  status_ = status;
  content_type_ = content_type;
  body_ = std::move(body);
}

void Response::clear_for_error() {
  status_ = 200;
  content_type_ = "text/html; charset=utf-8";
  headers_.clear();
  body_.clear();
}

std::string Response::serialize() const {
  std::string out;
  out.reserve(body_.size() + 768);
  out += "Status: " + std::to_string(status_) + " " + reason_phrase(status_) + "\r\n";
  out += "Content-Type: " + content_type_ + "\r\n";
  bool cache_set = false, retry_set = false;
  for (const auto& [k, v] : headers_) {
    out += k + ": " + v + "\r\n";
    if (k == "Cache-Control") cache_set = true;
    if (k == "Retry-After") retry_set = true;
  }
  // A 503 (a database or Redis outage) is worth retrying shortly; clients and proxies may.
  if (status_ == 503 && !retry_set) out += "Retry-After: 5\r\n";
  // Pages carry per-user content: browsers may keep them but must revalidate.
  if (!cache_set) out += "Cache-Control: private, no-cache\r\n";
  for (const auto& c : cookies_) out += "Set-Cookie: " + c.header_value() + "\r\n";
  out += "Content-Security-Policy: default-src 'self'; img-src 'self' data:" + image_origins_ +
         "; style-src 'self'; "
         "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
         "frame-ancestors 'none'\r\n"
         "X-Content-Type-Options: nosniff\r\n"
         "X-Frame-Options: DENY\r\n"
         "Referrer-Policy: strict-origin-when-cross-origin\r\n";
  out += "Content-Length: " + std::to_string(body_.size()) + "\r\n\r\n";
  out += body_;
  return out;
}

}  // namespace web
