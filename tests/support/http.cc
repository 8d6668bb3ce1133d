#include "tests/support/http.h"

#include <curl/curl.h>

#include <regex>
#include <stdexcept>

#include "tests/support/stack.h"

namespace testenv {
namespace {

size_t on_body(char* p, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, size * n);
  return size * n;
}

size_t on_header(char* p, size_t size, size_t n, void* out) {
  std::string line(p, size * n);
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon), value = line.substr(colon + 1);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    value.erase(0, value.find_first_not_of(" \t"));
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    static_cast<std::multimap<std::string, std::string>*>(out)->emplace(name, value);
  }
  return size * n;
}

}  // namespace

std::string HttpResponse::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

std::vector<std::string> HttpResponse::all(const std::string& name) const {
  std::vector<std::string> out;
  auto [a, b] = headers.equal_range(name);
  for (auto it = a; it != b; ++it) out.push_back(it->second);
  return out;
}

Http::Http(std::string base) : h_(curl_easy_init()), base_(base.empty() ? base_url() : base) {
  curl_easy_setopt(h_, CURLOPT_COOKIEFILE, "");  // in-memory cookie jar
  curl_easy_setopt(h_, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(h_, CURLOPT_NOSIGNAL, 1L);
}

Http::~Http() { curl_easy_cleanup(h_); }

HttpResponse Http::perform(const std::string& path, const std::vector<std::string>& headers) {
  HttpResponse r;
  std::string url = path.rfind("http", 0) == 0 ? path : base_ + path;
  curl_easy_setopt(h_, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h_, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h_, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(h_, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h_, CURLOPT_HEADERDATA, &r.headers);
  curl_slist* list = nullptr;
  for (const auto& h : headers) list = curl_slist_append(list, h.c_str());
  curl_easy_setopt(h_, CURLOPT_HTTPHEADER, list);
  CURLcode rc = curl_easy_perform(h_);
  curl_slist_free_all(list);
  if (rc != CURLE_OK)
    throw std::runtime_error(std::string("HTTP ") + url + ": " + curl_easy_strerror(rc));
  curl_easy_getinfo(h_, CURLINFO_RESPONSE_CODE, &r.status);
  // Reset per-request options so the next call starts clean (cookies stay).
  curl_easy_setopt(h_, CURLOPT_HTTPGET, 1L);
  curl_easy_setopt(h_, CURLOPT_MIMEPOST, nullptr);
  curl_easy_setopt(h_, CURLOPT_CUSTOMREQUEST, nullptr);
  last_body_ = r.body;
  return r;
}

HttpResponse Http::get(const std::string& path, const std::vector<std::string>& headers) {
  curl_easy_setopt(h_, CURLOPT_HTTPGET, 1L);
  return perform(path, headers);
}

HttpResponse Http::post_raw(const std::string& path, const std::string& body,
                            const std::string& content_type,
                            const std::vector<std::string>& headers) {
  auto h = headers;
  h.push_back("Content-Type: " + content_type);
  curl_easy_setopt(h_, CURLOPT_POST, 1L);
  curl_easy_setopt(h_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(h_, CURLOPT_COPYPOSTFIELDS, body.c_str());
  return perform(path, h);
}

HttpResponse Http::post(const std::string& path, const Fields& fields,
                        const std::vector<std::string>& headers) {
  std::string body;
  for (const auto& [k, v] : fields) {
    char* ek = curl_easy_escape(h_, k.data(), static_cast<int>(k.size()));
    char* ev = curl_easy_escape(h_, v.data(), static_cast<int>(v.size()));
    if (!body.empty()) body += '&';
    body += std::string(ek) + "=" + ev;
    curl_free(ek);
    curl_free(ev);
  }
  return post_raw(path, body, "application/x-www-form-urlencoded", headers);
}

HttpResponse Http::post_json(const std::string& path, const nlohmann::json& body,
                             const std::vector<std::string>& headers) {
  return post_raw(path, body.dump(), "application/json", headers);
}

HttpResponse Http::send(const std::string& method, const std::string& path,
                        const nlohmann::json& body, const std::vector<std::string>& headers) {
  if (method == "GET") return get(path, headers);
  std::string text = body.is_null() ? "" : body.dump();
  auto h = headers;
  if (!text.empty()) h.push_back("Content-Type: application/json");
  curl_easy_setopt(h_, CURLOPT_POST, 1L);
  curl_easy_setopt(h_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(text.size()));
  curl_easy_setopt(h_, CURLOPT_COPYPOSTFIELDS, text.c_str());
  curl_easy_setopt(h_, CURLOPT_CUSTOMREQUEST, method.c_str());
  return perform(path, h);
}

HttpResponse Http::post_multipart(const std::string& path, const Fields& fields,
                                  const std::vector<FilePart>& files,
                                  const std::vector<std::string>& headers) {
  curl_mime* mime = curl_mime_init(h_);
  for (const auto& [k, v] : fields) {
    auto* part = curl_mime_addpart(mime);
    curl_mime_name(part, k.c_str());
    curl_mime_data(part, v.data(), v.size());
  }
  for (const auto& f : files) {
    auto* part = curl_mime_addpart(mime);
    curl_mime_name(part, f.field.c_str());
    curl_mime_filename(part, f.filename.c_str());
    curl_mime_type(part, f.content_type.c_str());
    curl_mime_data(part, f.data.data(), f.data.size());
  }
  curl_easy_setopt(h_, CURLOPT_MIMEPOST, mime);
  auto r = perform(path, headers);
  curl_mime_free(mime);
  return r;
}

std::string Http::cookie(const std::string& name) {
  curl_slist* cookies = nullptr;
  curl_easy_getinfo(h_, CURLINFO_COOKIELIST, &cookies);
  std::string value;
  for (auto* c = cookies; c; c = c->next) {
    // Netscape format: domain, flag, path, secure, expiry, name, value (tab-separated).
    std::vector<std::string> f;
    std::string line = c->data;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    if (f.size() >= 7 && f[5] == name) value = f[6];
  }
  curl_slist_free_all(cookies);
  return value;
}

void Http::set_cookie(const std::string& name, const std::string& value) {
  std::string host = base_.substr(base_.find("//") + 2);
  host = host.substr(0, host.find(':'));
  std::string line = host + "\tFALSE\t/\tFALSE\t0\t" + name + "\t" + value;
  curl_easy_setopt(h_, CURLOPT_COOKIELIST, line.c_str());
}

std::string find_csrf(const std::string& html) {
  static const std::regex field(R"re(name="csrf_token" value="([0-9a-f]+)")re");
  static const std::regex meta(R"re(<meta name="csrf-token" content="([0-9a-f]+)")re");
  std::smatch m;
  if (std::regex_search(html, m, field) || std::regex_search(html, m, meta)) return m[1];
  return "";
}

std::string Http::csrf(const std::string& html) {
  return find_csrf(html.empty() ? last_body_ : html);
}

}  // namespace testenv
