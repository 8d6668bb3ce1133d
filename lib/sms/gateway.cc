#include "sms/gateway.h"

#include <mutex>
#include <stdexcept>

#include "core/config.h"

namespace sms {

std::string signature() { return "【" + core::Config::get().str("site", "name", "药材购") + "】"; }

Gateway& gateway() {
  static std::once_flag once;
  static std::unique_ptr<Gateway> g;
  std::call_once(once, [] {
    const auto& c = core::Config::get();
    std::string driver = c.str("sms", "driver", "log");
    if (driver == "log")
      g = log_gateway(c.str("paths", "log_dir", "var/log") + "/sms.log");
    else if (driver == "http")
      g = http_gateway(c.str("sms", "url"), c.str("sms", "secret"), c.str("sms", "batch_url"));
    else
      throw std::runtime_error("unknown [sms] driver: " + driver);
  });
  return *g;
}

std::vector<Sent> Gateway::send_batch(const std::vector<Message>& batch) {
  std::vector<Sent> out;
  out.reserve(batch.size());
  for (const auto& m : batch) {
    Sent s;
    try {
      send(m);
      s.ok = true;
    } catch (const std::exception& e) {
      s.error = e.what();
    }
    out.push_back(std::move(s));
  }
  return out;
}

void send(const std::string& phone, const std::string& tpl, const std::string& text) {
  gateway().send({phone, tpl, text, ""});
}

}  // namespace sms
