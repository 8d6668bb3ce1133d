// An HTTP client for end-to-end tests (libcurl): one cookie jar per client, like one browser.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

typedef void CURL;

namespace testenv {

struct HttpResponse {
  long status = 0;
  std::string body;
  std::multimap<std::string, std::string> headers;  // lower-case names
  std::string header(const std::string& name) const;
  std::vector<std::string> all(const std::string& name) const;
  nlohmann::json json() const { return nlohmann::json::parse(body); }
};

struct FilePart {
  std::string field, filename, content_type, data;
};

using Fields = std::vector<std::pair<std::string, std::string>>;

class Http {
 public:
  explicit Http(std::string base = "");
  ~Http();
  Http(const Http&) = delete;
  Http& operator=(const Http&) = delete;

  HttpResponse get(const std::string& path, const std::vector<std::string>& headers = {});
  HttpResponse post(const std::string& path, const Fields& fields,
                    const std::vector<std::string>& headers = {});
  HttpResponse post_json(const std::string& path, const nlohmann::json& body,
                         const std::vector<std::string>& headers = {});
  // Any method with an optional JSON body (PATCH, PUT, DELETE of a JSON API).
  HttpResponse send(const std::string& method, const std::string& path,
                    const nlohmann::json& body = nullptr,
                    const std::vector<std::string>& headers = {});
  HttpResponse post_multipart(const std::string& path, const Fields& fields,
                              const std::vector<FilePart>& files,
                              const std::vector<std::string>& headers = {});
  HttpResponse post_raw(const std::string& path, const std::string& body,
                        const std::string& content_type,
                        const std::vector<std::string>& headers = {});
  // The value of a cookie in the jar; "" if absent.
  std::string cookie(const std::string& name);
  void set_cookie(const std::string& name, const std::string& value);
  // The CSRF token the server gave this client: a form field or the layout's meta tag in
  // `html`, else from the last page fetched.
  std::string csrf(const std::string& html = "");
  const std::string& base() const { return base_; }

 private:
  HttpResponse perform(const std::string& path, const std::vector<std::string>& headers);
  CURL* h_;
  std::string base_, last_body_;
};

// Pulls the csrf token out of a page (hidden field csrf_token or <meta name="csrf-token">).
std::string find_csrf(const std::string& html);

}  // namespace testenv
