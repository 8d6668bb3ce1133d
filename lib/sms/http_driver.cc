// The production gateway: the message as a signed JSON POST to the provider's endpoint
// (or to a small adapter in front of it).
#include <sodium.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/error.h"
#include "http/client.h"
#include "sms/gateway.h"

namespace sms {

std::string hmac_hex(const std::string& secret, const std::string& body) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret.data()),
                              secret.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(body.data()),
                                body.size());
  crypto_auth_hmacsha256_final(&st, mac);
  char hex[sizeof mac * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

namespace {

class HttpGateway : public Gateway {
 public:
  HttpGateway(std::string url, std::string secret, std::string batch_url)
      : url_(std::move(url)), secret_(std::move(secret)), batch_url_(std::move(batch_url)) {
    if (batch_url_.empty()) batch_url_ = url_ + "/batch";
  }
  void send(const Message& m) override {
    nlohmann::json j{
        {"phone", m.phone}, {"template", m.tpl}, {"text", m.text}, {"timestamp", core::now()}};
    if (!m.code.empty()) j["code"] = m.code;
    if (!m.key.empty()) j["key"] = m.key;
    std::string body = j.dump();
    auto r = http::post(url_, body, "application/json",
                        {"X-Yaocai-Signature: " + hmac_hex(secret_, body)}, 10000);
    if (r.status < 200 || r.status >= 300) throw web::Unavailable("短信发送失败，请稍后再试");
  }

  std::vector<Sent> send_batch(const std::vector<Message>& batch) override {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : batch)
      list.push_back({{"key", m.key}, {"phone", m.phone}, {"template", m.tpl}, {"text", m.text}});
    std::string body = nlohmann::json{{"timestamp", core::now()}, {"messages", list}}.dump();
    auto r = http::post(batch_url_, body, "application/json",
                        {"X-Yaocai-Signature: " + hmac_hex(secret_, body)}, 30000);
    if (r.status < 200 || r.status >= 300) throw web::Unavailable("短信发送失败，请稍后再试");
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (j.is_discarded() || !j.contains("results") || !j["results"].is_array())
      throw web::Unavailable("短信服务应答无法识别");
    // Results are matched by key: a provider may answer in any order.
    std::map<std::string, Sent> by_key;
    for (const auto& x : j["results"]) {
      if (!x.is_object() || !x.contains("key") || !x["key"].is_string()) continue;
      Sent s;
      s.ok = x.value("ok", false);
      if (x.contains("id") && x["id"].is_string()) s.provider_id = x["id"];
      if (x.contains("error") && x["error"].is_string()) s.error = x["error"];
      by_key[x["key"].get<std::string>()] = s;
    }
    std::vector<Sent> out;
    for (const auto& m : batch) {
      auto it = by_key.find(m.key);
      if (it != by_key.end()) {
        out.push_back(it->second);
      } else {
        Sent missing;
        missing.error = "no result";
        out.push_back(missing);
      }
    }
    return out;
  }

 private:
  std::string url_, secret_, batch_url_;
};

}  // namespace

std::unique_ptr<Gateway> http_gateway(const std::string& url, const std::string& secret,
                                      const std::string& batch_url) {
  if (url.empty()) throw std::runtime_error("[sms] driver = http needs url");
  return std::make_unique<HttpGateway>(url, secret, batch_url);
}

}  // namespace sms
