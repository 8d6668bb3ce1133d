#include "sms/gateway.h"

#include <mutex>
#include <stdexcept>

#include "core/config.h"

namespace sms {

Gateway& gateway() {
  static std::once_flag once;
  static std::unique_ptr<Gateway> g;
  std::call_once(once, [] {
    const auto& c = core::Config::get();
    std::string driver = c.str("sms", "driver", "log");
    if (driver == "log")
      g = log_gateway(c.str("paths", "log_dir", "var/log") + "/sms.log");
    else if (driver == "http")
      g = http_gateway(c.str("sms", "url"), c.str("sms", "secret"));
    else
      throw std::runtime_error("unknown [sms] driver: " + driver);
  });
  return *g;
}

void send(const std::string& phone, const std::string& tpl, const std::string& text) {
  gateway().send({phone, tpl, text, ""});
}

}  // namespace sms
