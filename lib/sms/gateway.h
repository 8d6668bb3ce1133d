// Sending text messages through the configured gateway ([sms] driver): "log" appends one JSON
// line per message to <log_dir>/sms.log (development and tests), "http" posts to a provider.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace sms {

// The one signature every message starts with: 【药材购】 (the [site] name).
std::string signature();

struct Message {
  std::string phone, tpl, text;
  std::string code;  // the verification code it carries, if any
  std::string key;   // idempotency key: a provider drops a repeat of a key it has seen
};

// What the provider said about one message of a batch.
struct Sent {
  bool ok = false;
  std::string provider_id;  // the provider's message id (delivery reports name it)
  std::string error;
};

class Gateway {
 public:
  virtual ~Gateway() = default;
  // Delivers or throws core::Unavailable (the provider refused or could not be reached).
  virtual void send(const Message& m) = 0;
  // Sends many messages in one call where the provider can; one result per message, in order.
  // Throws core::Unavailable when the whole batch failed (nothing known to be sent).
  virtual std::vector<Sent> send_batch(const std::vector<Message>& batch);
};

std::unique_ptr<Gateway> log_gateway(const std::string& path);
// Posts the message as JSON to `url`, signed with HMAC-SHA256 of the body under `secret`
// (header X-Yaocai-Signature, lowercase hex). Batches go to `batch_url` as
// {"timestamp":T,"messages":[{"key","phone","template","text"}...]}, answered with
// {"results":[{"key","ok","id","error"}...]}.
std::unique_ptr<Gateway> http_gateway(const std::string& url, const std::string& secret,
                                      const std::string& batch_url = "");
// Lowercase hex HMAC-SHA256 of `body` under `secret` (requests and delivery reports).
std::string hmac_hex(const std::string& secret, const std::string& body);

// This process's gateway, built from the configuration on first use.
Gateway& gateway();

// Sends `text` to `phone` with the provider template name `tpl`.
void send(const std::string& phone, const std::string& tpl, const std::string& text);

}  // namespace sms
