// The production gateway: the message as a signed JSON POST to the provider's endpoint
// (or to a small adapter in front of it).
#include <sodium.h>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/error.h"
#include "http/client.h"
#include "sms/gateway.h"

namespace sms {
namespace {

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

class HttpGateway : public Gateway {
 public:
  HttpGateway(std::string url, std::string secret)
      : url_(std::move(url)), secret_(std::move(secret)) {}
  void send(const Message& m) override {
    nlohmann::json j{
        {"phone", m.phone}, {"template", m.tpl}, {"text", m.text}, {"timestamp", core::now()}};
    if (!m.code.empty()) j["code"] = m.code;
    std::string body = j.dump();
    auto r = http::post(url_, body, "application/json",
                        {"X-Yaocai-Signature: " + hmac_hex(secret_, body)}, 10000);
    if (r.status < 200 || r.status >= 300) throw web::Unavailable("短信发送失败，请稍后再试");
  }

 private:
  std::string url_, secret_;
};

}  // namespace

std::unique_ptr<Gateway> http_gateway(const std::string& url, const std::string& secret) {
  if (url.empty()) throw std::runtime_error("[sms] driver = http needs url");
  return std::make_unique<HttpGateway>(url, secret);
}

}  // namespace sms
