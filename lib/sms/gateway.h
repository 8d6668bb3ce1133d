// Sending text messages through the configured gateway ([sms] driver): "log" appends one JSON
// line per message to <log_dir>/sms.log (development and tests), "http" posts to a provider.
#pragma once
#include <memory>
#include <string>

namespace sms {

struct Message {
  std::string phone, tpl, text;
  std::string code;  // the verification code it carries, if any
};

class Gateway {
 public:
  virtual ~Gateway() = default;
  // Delivers or throws core::Unavailable (the provider refused or could not be reached).
  virtual void send(const Message& m) = 0;
};

std::unique_ptr<Gateway> log_gateway(const std::string& path);
// Posts the message as JSON to `url`, signed with HMAC-SHA256 of the body under `secret`
// (header X-Yaocai-Signature, lowercase hex).
std::unique_ptr<Gateway> http_gateway(const std::string& url, const std::string& secret);

// This process's gateway, built from the configuration on first use.
Gateway& gateway();

// Sends `text` to `phone` with the provider template name `tpl`.
void send(const std::string& phone, const std::string& tpl, const std::string& text);

}  // namespace sms
