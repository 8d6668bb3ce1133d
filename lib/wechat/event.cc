#include "wechat/event.h"

#include <expat.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/error.h"

namespace wechat {

namespace {
constexpr size_t kMaxEventBytes = 64 << 10;
}

std::string event_signature(const std::string& token, const std::string& timestamp,
                            const std::string& nonce) {
  std::vector<std::string> parts = {token, timestamp, nonce};
  std::sort(parts.begin(), parts.end());
  std::string joined = parts[0] + parts[1] + parts[2];
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(joined.data(), joined.size(), md, &n, EVP_sha1(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

bool valid_event_signature(const std::string& token, const std::string& signature,
                           const std::string& timestamp, const std::string& nonce) {
  if (token.empty() || signature.size() != 40) return false;
  auto want = event_signature(token, timestamp, nonce);
  std::string got = signature;
  std::transform(got.begin(), got.end(), got.begin(), ::tolower);
  unsigned char diff = 0;  // constant time: the signature is a secret-derived value
  for (size_t i = 0; i < 40; ++i) diff |= static_cast<unsigned char>(want[i] ^ got[i]);
  return diff == 0;
}

std::map<std::string, std::string> parse_event(const std::string& xml) {
  if (xml.empty() || xml.size() > kMaxEventBytes) throw core::BadRequest("消息格式错误");
  struct State {
    int depth = 0;
    bool root_ok = true;
    std::string name, text;
    std::map<std::string, std::string> fields;
  } st;
  XML_Parser p = XML_ParserCreate("UTF-8");
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> hold(p, XML_ParserFree);
  XML_SetUserData(p, &st);
  XML_SetElementHandler(
      p,
      [](void* d, const char* n, const char**) {
        auto* s = static_cast<State*>(d);
        if (s->depth == 0 && std::string(n) != "xml") s->root_ok = false;
        if (s->depth == 1) s->name = n, s->text.clear();
        ++s->depth;
      },
      [](void* d, const char*) {
        auto* s = static_cast<State*>(d);
        if (--s->depth == 1) s->fields[s->name] = s->text;
      });
  XML_SetCharacterDataHandler(p, [](void* d, const char* t, int len) {
    auto* s = static_cast<State*>(d);
    if (s->depth == 2) s->text.append(t, static_cast<size_t>(len));
  });
  if (XML_Parse(p, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_OK || !st.root_ok)
    throw core::BadRequest("消息格式错误");
  return st.fields;
}

}  // namespace wechat
