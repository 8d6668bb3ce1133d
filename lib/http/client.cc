#include "http/client.h"

#include <curl/curl.h>
#include <dlfcn.h>

#include <memory>
#include <mutex>

namespace http {
namespace {

// libcurl is opened on the first request rather than linked: most pages of a program that
// sometimes calls a service (an SMS code, a WeChat login, a cluster peer) never do, and a
// linked libcurl brings two dozen libraries (TLS, Kerberos, LDAP, SSH...) into every process.
struct Curl {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_slist_append) slist_append = nullptr;
  decltype(&curl_slist_free_all) slist_free_all = nullptr;
  std::string error;  // why it could not be opened
};

template <typename F>
bool symbol(void* lib, const char* name, F* f) {
  *f = reinterpret_cast<F>(dlsym(lib, name));
  return *f != nullptr;
}

const Curl& curl() {
  static Curl c;
  static std::once_flag once;
  std::call_once(once, [] {
    void* lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      const char* e = dlerror();
      c.error = std::string("cannot open libcurl: ") + (e ? e : "unknown error");
      return;
    }
    bool ok = symbol(lib, "curl_global_init", &c.global_init) &&
              symbol(lib, "curl_easy_init", &c.easy_init) &&
              symbol(lib, "curl_easy_cleanup", &c.easy_cleanup) &&
              symbol(lib, "curl_easy_setopt", &c.easy_setopt) &&
              symbol(lib, "curl_easy_perform", &c.easy_perform) &&
              symbol(lib, "curl_easy_getinfo", &c.easy_getinfo) &&
              symbol(lib, "curl_easy_strerror", &c.easy_strerror) &&
              symbol(lib, "curl_slist_append", &c.slist_append) &&
              symbol(lib, "curl_slist_free_all", &c.slist_free_all);
    if (!ok) {
      c = Curl{};
      c.error = "libcurl lacks a function this program needs";
      return;
    }
    c.global_init(CURL_GLOBAL_DEFAULT);
  });
  return c;
}

size_t collect(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

Reply perform(const std::string& url, const std::string* body, const std::string& content_type,
              const std::vector<std::string>& headers, long timeout_ms) {
  const Curl& lib = curl();
  Reply r;
  if (!lib.easy_init) {
    r.error = lib.error;
    return r;
  }
  std::unique_ptr<CURL, void (*)(CURL*)> h(lib.easy_init(), lib.easy_cleanup);
  if (!h) {
    r.error = "curl_easy_init failed";
    return r;
  }
  curl_slist* list = nullptr;
  for (const auto& line : headers) list = lib.slist_append(list, line.c_str());
  if (body) list = lib.slist_append(list, ("Content-Type: " + content_type).c_str());
  CURL* c = h.get();
  lib.easy_setopt(c, CURLOPT_URL, url.c_str());
  lib.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for timeouts
  lib.easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
  lib.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, std::min(timeout_ms, 3000L));
  lib.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  lib.easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  lib.easy_setopt(c, CURLOPT_WRITEDATA, &r.body);
  lib.easy_setopt(c, CURLOPT_HTTPHEADER, list);
  if (body) {
    lib.easy_setopt(c, CURLOPT_POST, 1L);
    lib.easy_setopt(c, CURLOPT_POSTFIELDS, body->data());
    lib.easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(body->size()));
  }
  CURLcode rc = lib.easy_perform(c);
  lib.slist_free_all(list);
  if (rc != CURLE_OK) {
    r.error = lib.easy_strerror(rc);
    r.body.clear();
    return r;
  }
  lib.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r.status);
  return r;
}

}  // namespace

Reply get(const std::string& url, long timeout_ms) {
  return perform(url, nullptr, "", {}, timeout_ms);
}

Reply post(const std::string& url, const std::string& body, const std::string& content_type,
           const std::vector<std::string>& headers, long timeout_ms) {
  return perform(url, &body, content_type, headers, timeout_ms);
}

std::string urlencode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace http
