// Outgoing HTTP requests to other services (SMS provider, WeChat API) with libcurl, opened on
// first use (client.cc): short timeouts, no redirects, TLS verification on.
#pragma once
#include <string>
#include <vector>

namespace http {

struct Reply {
  long status = 0;  // 0 when no answer arrived
  std::string body;
  std::string error;  // libcurl's reason when status is 0
};

Reply get(const std::string& url, long timeout_ms = 5000);
Reply post(const std::string& url, const std::string& body, const std::string& content_type,
           const std::vector<std::string>& headers = {}, long timeout_ms = 5000);

// Percent-encodes a query-string value (RFC 3986 unreserved characters kept).
std::string urlencode(const std::string& s);

}  // namespace http
